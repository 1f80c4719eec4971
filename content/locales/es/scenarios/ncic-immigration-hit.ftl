# S6: durante una parada de tráfico, una consulta en una base de datos muestra un registro de inmigración.
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; sin copiar el texto de las leyes; cada afirmación tiene su cita en el .toml.

scenario_ncic-immigration-hit = Una consulta en una base de datos de la policía durante una parada de tráfico muestra un registro de inmigración
    .summary = Por ejemplo, un oficial busca el nombre de un conductor en NCIC, la base de datos nacional de delitos del FBI, y aparece un registro de inmigración.

## Pregunta: ¿qué tipo de registro es?

ncic-immigration-hit_record = ¿Qué mostró la consulta en la base de datos?
    .hint = NCIC es la base de datos nacional de delitos del FBI. Contiene un "Archivo de Infractores de Inmigración" (Immigration Violator File). Una orden administrativa (administrative warrant) es un formulario de ICE, como el Formulario I-200 o I-205, firmado por un oficial de inmigración, no por un juez. { -judicial-warrant-definition }
ncic-immigration-hit_record_immigration = Solo un registro de inmigración, como una entrada del Immigration Violator File o un formulario de ICE
ncic-immigration-hit_record_criminal-warrant = Una orden penal firmada por un juez
ncic-immigration-hit_record_unclear = No dice si es civil o penal

## Resultado: solo un registro de inmigración

ncic-immigration-hit_civil-record = La policía no puede arrestar al conductor ni retenerlo más tiempo por el registro de inmigración.
    .summary = Un registro de inmigración en NCIC cuenta como una "orden administrativa": un documento de inmigración que ningún juez firmó. La parada de tráfico sigue como seguiría para cualquier otra persona.
    .verdict = no pueden retener al conductor por el registro de inmigración
ncic-immigration-hit_civil-record_city-ncic = La { -wco } (Welcoming City Ordinance) de Chicago dice que la policía de la Ciudad no puede detener, arrestar ni retener a nadie por una orden administrativa. Esto incluye los registros de inmigración de la base de datos NCIC del FBI.
ncic-immigration-hit_civil-record_state-warrant = La { -trust } dice que la policía de cualquier parte de Illinois no puede retener a nadie solo por una "orden migratoria civil" (civil immigration warrant). Ese término incluye cualquier resultado del Immigration Violator File de NCIC, y los Formularios I-200 e I-205 de ICE.
ncic-immigration-hit_civil-record_no-status = La policía en Illinois tampoco puede detener, arrestar, registrar ni retener a nadie solo por su ciudadanía o su estatus migratorio.
ncic-immigration-hit_civil-record_officer = Si usted es oficial: termine la parada de tráfico como lo haría con cualquier otra persona. No retenga al conductor para ICE.
ncic-immigration-hit_civil-record_driver = Si usted es el conductor, la ACLU dice que puede guardar silencio sobre dónde nació o sobre su estatus migratorio.
ncic-immigration-hit_civil-record_report-copa = Puede reportar a un oficial de la policía de Chicago que lo retuvo por un registro de inmigración ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
ncic-immigration-hit_civil-record_report-ag = En el caso de la policía de cualquier parte de Illinois, también puede comunicarse con la línea de Derechos Civiles del Procurador General de Illinois.
ncic-immigration-hit_civil-record_icirr = Si ICE arresta a alguien de su familia, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ncic-immigration-hit_civil-record_no-questions = La policía en Illinois no puede preguntar por la ciudadanía, el estatus migratorio o el lugar de nacimiento de nadie a quien detenga. Las excepciones limitadas incluyen decirle a una persona bajo custodia que puede comunicarse con su consulado, y algunas verificaciones de las leyes de armas.
ncic-immigration-hit_civil-record_says-warrant = Un formulario de ICE puede tener la palabra "warrant" (orden) arriba, como el Formulario I-200, "Warrant for Arrest of Alien" (orden de arresto de extranjero). Lo que importa es quién lo firmó: un juez o un oficial de inmigración.
ncic-immigration-hit_civil-record_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.

## Resultado: una orden penal firmada por un juez

ncic-immigration-hit_criminal-warrant = La policía puede actuar con base en una orden penal firmada por un juez, como lo haría con cualquier orden.
    .summary = Los límites de las leyes de la Ciudad y del estado tratan de los registros migratorios civiles. Una orden penal de un juez sigue los procedimientos normales para las órdenes.
    .verdict = pueden actuar con base en una orden penal de un juez
ncic-immigration-hit_criminal-warrant_not-administrative = Las propias reglas del Departamento de Policía de Chicago dicen que una orden penal, emitida por un juez que encontró causa probable, no es una "orden administrativa". Una orden administrativa es un documento de inmigración, como un formulario de ICE, que ningún juez firmó.
ncic-immigration-hit_criminal-warrant_state-definition = La ley de Illinois dice que una "orden migratoria civil" no incluye ninguna orden penal.
ncic-immigration-hit_criminal-warrant_ag-criminal = La guía de 2025 del Procurador General de Illinois dice que la ley estatal no impide que la policía haga su trabajo en investigaciones penales.
ncic-immigration-hit_criminal-warrant_officer = Si usted es oficial: asegúrese de que el registro sea una orden penal y no un registro de inmigración. La ley de Illinois le permite preguntarle a la agencia que lo ingresó.
ncic-immigration-hit_criminal-warrant_driver = Si usted es el conductor, la ACLU dice que puede guardar silencio sobre dónde nació o sobre su estatus migratorio.
ncic-immigration-hit_criminal-warrant_lawyer = Si a usted o a alguien que conoce lo arrestan, pida un abogado. La línea de First Defense Legal Aid pone a las personas en contacto con ayuda legal gratuita después de un arresto, las 24 horas del día.
ncic-immigration-hit_criminal-warrant_no-questions = Aun así, la policía en Illinois no puede preguntar por la ciudadanía, el estatus migratorio o el lugar de nacimiento de nadie a quien detenga o retenga. Las excepciones limitadas incluyen decirle a una persona bajo custodia que puede comunicarse con su consulado, y algunas verificaciones de las leyes de armas.
ncic-immigration-hit_criminal-warrant_still-no-status = Aun así, la policía no puede detener, arrestar ni retener a nadie solo por su estatus migratorio.
ncic-immigration-hit_criminal-warrant_no-transfer = La policía de Chicago no puede entregar a nadie a ICE solo para la aplicación civil de las leyes de inmigración. { -civil-immigration-enforcement-definition }

## Resultado: no está claro si es civil o penal

ncic-immigration-hit_check-record = Depende de si el registro es civil o penal.
    .summary = Un registro de inmigración no es una razón para retener a nadie; una orden penal firmada por un juez sí lo es. Los oficiales pueden verificar cuál de las dos es.
    .verdict = pueden retener al conductor solo con una orden penal
ncic-immigration-hit_check-record_check-records = La ley de Illinois permite que los oficiales consulten a otra agencia de policía para saber si un registro de NCIC es civil o penal.
ncic-immigration-hit_check-record_if-civil = Si es un registro de inmigración, la policía no puede retener al conductor por ese registro.
ncic-immigration-hit_check-record_if-criminal = Si es una orden penal firmada por un juez, la policía puede actuar con base en ella.
ncic-immigration-hit_check-record_officer = Si usted es oficial: llame a un(a) supervisor(a) y pregúntele a la agencia que ingresó el registro si es civil o penal. No retenga al conductor por un registro de inmigración.
ncic-immigration-hit_check-record_driver = Si usted es el conductor, la ACLU dice que puede guardar silencio sobre dónde nació o sobre su estatus migratorio.
ncic-immigration-hit_check-record_icirr = Si ICE arresta a alguien de su familia, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ncic-immigration-hit_check-record_old-rule = Antes de 2021, la Ley TRUST, tal como se aprobó por primera vez en 2017, permitía que la policía retuviera a alguien por un aviso en LEADS, una base de datos de la policía. La excepción era cuando el aviso se basaba claramente en un documento de inmigración que ningún juez firmó. Los cambios de 2021 eliminaron esa regla.
ncic-immigration-hit_check-record_no-questions = La policía en Illinois no puede preguntar por la ciudadanía, el estatus migratorio o el lugar de nacimiento de nadie a quien detenga. Las excepciones limitadas incluyen decirle a una persona bajo custodia que puede comunicarse con su consulado, y algunas verificaciones de las leyes de armas.
ncic-immigration-hit_check-record_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.
