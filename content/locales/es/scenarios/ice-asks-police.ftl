# S1: un agente de inmigración le pide ayuda a un oficial de la policía de Chicago.
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; sin copiar el texto de las leyes; cada afirmación tiene su cita en el .toml.

scenario_ice-asks-police = Un agente de inmigración le pide ayuda a un oficial de la policía de Chicago
    .summary = Por ejemplo, un agente de ICE en la calle le pide a un oficial que lo ayude a detener o retener a alguien.

## Pregunta: ¿qué se pide?

ice-asks-police_request = ¿Con qué quiere el agente de inmigración que lo ayude el oficial de policía?
    .hint = ICE (Servicio de Inmigración y Control de Aduanas) es la agencia federal que hace cumplir las leyes de inmigración dentro del país. Los oficiales de la policía de Chicago trabajan para la Ciudad.
ice-asks-police_request_immigration = Encontrar, detener o retener a alguien por un motivo de inmigración
ice-asks-police_request_crime = Un delito, por ejemplo, alguien a quien están robando o lastimando
ice-asks-police_request_emergency = Alguien está en peligro en este momento
ice-asks-police_request_not-sure = No estoy seguro de lo que quieren

## Pregunta: ¿hay una orden?

ice-asks-police_paper = ¿El agente tiene una orden (warrant)?
    .hint = { -judicial-warrant-definition } Una orden administrativa (administrative warrant) es un formulario de ICE, como el Formulario I-200 o I-205, firmado por un oficial de inmigración, no por un juez.
ice-asks-police_paper_judge-signed = Sí, una orden penal firmada por un juez
ice-asks-police_paper_ice-form = Sí, pero es un formulario de ICE firmado por un oficial de inmigración
ice-asks-police_paper_no-paper = No, no hay ninguna orden
ice-asks-police_paper_cannot-tell = No sé qué tipo de documento es

## Resultado: solicitud civil, sin orden

ice-asks-police_no-warrant = La policía de Chicago no puede ayudar con esto.
    .summary = Esto es aplicación civil de las leyes de inmigración, no una investigación de un delito. Las leyes de la Ciudad y del estado mantienen a la policía de Chicago fuera de esto.
    .verdict = no puede ayudar
ice-asks-police_no-warrant_city-law = La { -wco } (Welcoming City Ordinance) de Chicago dice que las agencias de la Ciudad y sus empleados, incluida la policía, no pueden participar en la aplicación civil de las leyes de inmigración ni ayudar con ella a los agentes federales. { -civil-immigration-enforcement-definition }
ice-asks-police_no-warrant_no-arrest = La policía no puede detener, arrestar ni retener a nadie solo porque cree que la persona está en EE. UU. sin permiso o que violó una regla civil de inmigración. La ley de Illinois dice lo mismo para la policía de cualquier parte del estado.
ice-asks-police_no-warrant_no-support = La policía no puede montar un perímetro de tráfico ni dar ningún otro apoyo en el lugar para un operativo migratorio civil.
ice-asks-police_no-warrant_state-help = La { -trust } también limita a la policía de cualquier parte de Illinois. La guía de 2025 del Procurador General de Illinois dice que la policía no puede ayudar a los agentes de inmigración "de ninguna manera", a menos que los agentes tengan una orden penal o que una ley federal lo exija de forma específica.
ice-asks-police_no-warrant_officer = Si usted es oficial: no detenga ni retenga a la persona para los agentes, y no vigile la escena para ellos. CBS News Chicago informó el 27 de enero de 2021 que un(a) supervisor(a) debe aprobar cualquier solicitud de ayuda de los agentes de inmigración, así que llame a un(a) supervisor(a).
ice-asks-police_no-warrant_witness = Si ve a la policía de Chicago ayudando en un arresto de inmigración, anote la fecha, la hora y el lugar, y cualquier número de placa o de patrulla.
ice-asks-police_no-warrant_report-copa = Puede reportar a un oficial de la policía de Chicago ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
ice-asks-police_no-warrant_report-oig = Puede reportar a un empleado de la Ciudad que no cumplió la ordenanza ante la Oficina del Inspector General de la Ciudad.
ice-asks-police_no-warrant_icirr = Si agentes de inmigración arrestan a alguien, para recibir ayuda llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ice-asks-police_no-warrant_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.
ice-asks-police_no-warrant_supervisor = CBS News Chicago informó en 2021 que, según la ordenanza actualizada, un(a) supervisor(a) de la policía debe aprobar cualquier solicitud de ayuda de los agentes de inmigración.
ice-asks-police_no-warrant_no-287g = A los oficiales de la policía de Chicago no se les puede dar poderes para actuar como agentes de inmigración. Las agencias de la Ciudad no pueden hacer acuerdos "287(g)", y la ley de Illinois los prohíbe para todas las agencias de policía del estado.

## Resultado: un formulario de ICE (orden administrativa)

ice-asks-police_administrative-warrant = La policía de Chicago no puede actuar con base en un formulario de ICE.
    .summary = Un formulario de ICE firmado por un oficial de inmigración es una "orden administrativa" (administrative warrant). No es una orden de un juez, y no basta para que la policía de Chicago detenga, arreste o retenga a nadie.
    .verdict = no puede actuar con base en un formulario de ICE
ice-asks-police_administrative-warrant_admin-warrant = La policía de Chicago no puede detener, arrestar ni retener a nadie por una orden administrativa. Esto incluye los registros de inmigración de la base de datos NCIC del FBI.
ice-asks-police_administrative-warrant_state-warrant = La ley de Illinois dice que la policía no puede retener a nadie solo por una orden migratoria civil, ni puede cumplirla de ninguna otra forma.
ice-asks-police_administrative-warrant_definition = La ley de Illinois llama "orden migratoria civil" (civil immigration warrant) a un documento de inmigración que ningún juez aprobó. Los Formularios I-200, I-203, I-205 e I-286 son ejemplos. No incluye las órdenes penales.
ice-asks-police_administrative-warrant_no-help = Las agencias de la Ciudad y sus empleados, incluida la policía, no pueden ayudar a los agentes federales en la aplicación civil de las leyes de inmigración.
ice-asks-police_administrative-warrant_officer = Si usted es oficial: no detenga ni retenga a la persona por el formulario. CBS News Chicago informó el 27 de enero de 2021 que un(a) supervisor(a) debe aprobar cualquier solicitud de ayuda de los agentes de inmigración, así que llame a un(a) supervisor(a).
ice-asks-police_administrative-warrant_report-copa = Puede reportar a un oficial de la policía de Chicago que actuó por un formulario de ICE ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
ice-asks-police_administrative-warrant_icirr = Si agentes de inmigración arrestan a alguien, para recibir ayuda llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ice-asks-police_administrative-warrant_says-warrant = Un formulario de ICE puede tener la palabra "warrant" (orden) arriba, como el Formulario I-200, "Warrant for Arrest of Alien" (orden de arresto de extranjero). Lo que importa es quién lo firmó: un juez o un oficial de inmigración.
ice-asks-police_administrative-warrant_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.

## Resultado: una orden penal firmada por un juez

ice-asks-police_criminal-warrant = La policía puede actuar con base en una orden penal firmada por un juez.
    .summary = Los límites de las leyes de la Ciudad y del estado tratan de la aplicación civil de las leyes de inmigración. Una orden penal firmada por un juez es diferente.
    .verdict = puede actuar con base en una orden penal de un juez
ice-asks-police_criminal-warrant_not-administrative = Las propias reglas del Departamento de Policía de Chicago dicen que una orden penal, emitida por un juez que encontró causa probable, no es una "orden administrativa".
ice-asks-police_criminal-warrant_state-definition = La ley de Illinois dice que una "orden migratoria civil" no incluye ninguna orden penal.
ice-asks-police_criminal-warrant_ag-exception = La guía de 2025 del Procurador General de Illinois dice que la prohibición estatal de ayudar a los agentes de inmigración no se aplica cuando los agentes tienen una orden penal.
ice-asks-police_criminal-warrant_check-warrant = Mire la orden. { -judicial-warrant-definition } Un formulario de ICE o una orden de deportación (removal order) no lo son.
ice-asks-police_criminal-warrant_lawyer = Si a usted o a alguien que conoce lo arrestan, pida un abogado. La línea de First Defense Legal Aid pone a las personas en contacto con ayuda legal gratuita después de un arresto, las 24 horas del día.
ice-asks-police_criminal-warrant_still-no-status = Aun así, la policía no puede detener, arrestar ni retener a nadie solo por su estatus migratorio.
ice-asks-police_criminal-warrant_no-transfer = La policía de Chicago no puede entregar a nadie a ICE solo para la aplicación civil de las leyes de inmigración.

## Resultado: no se sabe qué es el documento

ice-asks-police_unclear-paper = Depende del tipo de documento.
    .summary = Solo una orden penal firmada por un juez cambia la respuesta. Un formulario de ICE no la cambia.
    .verdict = solo puede actuar con base en una orden penal de un juez
ice-asks-police_unclear-paper_if-ice-form = Si es un formulario de ICE firmado por un oficial de inmigración, como el Formulario I-200 o I-205, la policía no puede detener, arrestar ni retener a nadie por ese formulario.
ice-asks-police_unclear-paper_if-judge = Si es una orden penal firmada por un juez, la policía puede actuar con base en ella.
ice-asks-police_unclear-paper_check-records = La ley de Illinois permite que los oficiales consulten a otra agencia de policía para saber si un registro en una base de datos de la policía es civil o penal.
ice-asks-police_unclear-paper_officer = Si usted es oficial: revise el documento antes de hacer nada. Busque arriba el nombre de un tribunal y la firma de un juez. CBS News Chicago informó el 27 de enero de 2021 que un(a) supervisor(a) debe aprobar cualquier solicitud de ayuda de los agentes de inmigración, así que llame a un(a) supervisor(a).
ice-asks-police_unclear-paper_icirr = Si agentes de inmigración arrestan a alguien, para recibir ayuda llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ice-asks-police_unclear-paper_supervisor = CBS News Chicago informó en 2021 que, según la ordenanza actualizada, un(a) supervisor(a) de la policía debe aprobar cualquier solicitud de ayuda de los agentes de inmigración.
ice-asks-police_unclear-paper_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.

## Resultado: ayuda con un delito

ice-asks-police_crime = La policía puede actuar ante un delito, pero no puede ayudar en la aplicación de las leyes de inmigración.
    .summary = La policía de Chicago sigue haciendo cumplir la ley penal, sea cual sea el estatus migratorio de cualquier persona. Los límites tratan de la aplicación civil de las leyes de inmigración.
    .verdict = puede actuar ante el delito, no ante el arresto de inmigración
ice-asks-police_crime_only-status = La ley de la Ciudad prohíbe detener y arrestar a alguien solo porque se cree que está en EE. UU. sin permiso o que violó una regla civil de inmigración. No impide que la policía actúe ante un delito.
ice-asks-police_crime_ag-criminal = La guía de 2025 del Procurador General de Illinois dice que la ley estatal no impide que la policía haga su trabajo en investigaciones penales.
ice-asks-police_crime_no-civil-help = Aun así, la policía no puede ayudar en la parte de inmigración, por ejemplo, retener a alguien para los agentes o bloquear el tráfico para su operativo.
ice-asks-police_crime_call-911 = Si usted es víctima de un delito o vio uno, puede llamar al 911.
ice-asks-police_crime_lawyer = Si a usted o a alguien que conoce lo arrestan, pida un abogado. La línea de First Defense Legal Aid pone a las personas en contacto con ayuda legal gratuita después de un arresto, las 24 horas del día.
ice-asks-police_crime_status-questions = La policía de Chicago y los demás trabajadores de la Ciudad no pueden pedir ni compartir la ciudadanía o el estatus migratorio de nadie, con excepciones limitadas, como cuando lo exige una orden de un tribunal o la persona lo acepta por escrito.
ice-asks-police_crime_supervisor = CBS News Chicago informó en 2021 que, según la ordenanza actualizada, un(a) supervisor(a) de la policía debe aprobar cualquier solicitud de ayuda de los agentes de inmigración.

## Resultado: una emergencia

ice-asks-police_emergency = La policía responde a la emergencia, no al arresto de inmigración.
    .summary = La policía de Chicago sigue respondiendo a emergencias y protegiendo a las personas. No puede usar la emergencia para ayudar en la aplicación civil de las leyes de inmigración.
    .verdict = puede atender la emergencia, no el arresto de inmigración
ice-asks-police_emergency_only-status = La ley de la Ciudad prohíbe detener y arrestar a alguien solo porque se cree que está en EE. UU. sin permiso o que violó una regla civil de inmigración. No impide que la policía actúe cuando alguien está en peligro o cuando ocurre un delito.
ice-asks-police_emergency_ag-criminal = La guía de 2025 del Procurador General de Illinois dice que la ley estatal no impide que la policía haga su trabajo en investigaciones penales.
ice-asks-police_emergency_no-support = La policía no puede montar un perímetro de tráfico ni dar otro apoyo en el lugar para el operativo de inmigración en sí.
ice-asks-police_emergency_call-911 = Si alguien está herido o en peligro, llame al 911.
ice-asks-police_emergency_witness = Si es seguro hacerlo, anote la fecha, la hora y el lugar, lo que pasó, y cualquier número de placa o de patrulla.
ice-asks-police_emergency_icirr = Para reportar actividad de agentes de inmigración o recibir ayuda, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ice-asks-police_emergency_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.

## Resultado: no se sabe qué quieren

ice-asks-police_supervisor-decides = Depende de lo que pidan los agentes.
    .summary = Según informes de prensa, un(a) supervisor(a) de la policía decide cómo responde la policía de Chicago a una solicitud de los agentes de inmigración. No se permite ayudar en la aplicación civil de las leyes de inmigración; sí se permite que la policía actúe ante un delito.
    .verdict = puede atender delitos o emergencias, no la aplicación de las leyes de inmigración
ice-asks-police_supervisor-decides_supervisor = CBS News Chicago informó en 2021 que, según la ordenanza actualizada, un(a) supervisor(a) de la policía debe aprobar cualquier solicitud de ayuda de los agentes de inmigración.
ice-asks-police_supervisor-decides_civil-no = Si la solicitud trata de la aplicación civil de las leyes de inmigración, la ley de la Ciudad dice que la policía no puede ayudar. { -civil-immigration-enforcement-definition }
ice-asks-police_supervisor-decides_state-no = La ley estatal también limita a la policía de cualquier parte de Illinois. La guía de 2025 del Procurador General de Illinois dice que la policía no puede ayudar a los agentes de inmigración, a menos que los agentes tengan una orden penal o que una ley federal lo exija de forma específica.
ice-asks-police_supervisor-decides_crime-yes = Si la solicitud trata de un delito, la policía puede tomar las medidas policiales normales.
ice-asks-police_supervisor-decides_officer = Si usted es oficial: no responda usted mismo(a) a la solicitud. CBS News Chicago informó el 27 de enero de 2021 que un(a) supervisor(a) debe aprobar cualquier solicitud de ayuda de los agentes de inmigración, así que llame a un(a) supervisor(a) antes de hacer nada.
ice-asks-police_supervisor-decides_icirr = Si agentes de inmigración arrestan a alguien, para recibir ayuda llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ice-asks-police_supervisor-decides_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.
