# S7: agentes federales dicen que tienen una orden penal federal.
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; sin copiar el texto de las leyes; cada afirmación tiene su cita en el .toml.

scenario_federal-criminal-warrant = Agentes federales dicen que tienen una orden penal
    .summary = Por ejemplo, unos agentes le piden a la policía de Chicago que los ayude a arrestar a alguien por un delito federal, o le muestran a un residente un documento que llaman "warrant" (orden).

## Pregunta: ¿quién la firmó?

federal-criminal-warrant_signed = ¿Quién firmó la orden?
    .hint = { -judicial-warrant-definition } Una orden administrativa (administrative warrant) es un formulario de ICE, como el Formulario I-200 o I-205, firmado por un oficial de inmigración, no por un juez. Una orden de deportación (removal order) de un juez de inmigración no es una orden judicial de arresto o de registro (una orden de un tribunal federal o estatal).
federal-criminal-warrant_signed_court-judge = Un juez o un magistrado de un tribunal, por un delito
federal-criminal-warrant_signed_immigration-officer = Un oficial de inmigración, en un formulario de ICE como el I-200 o el I-205
federal-criminal-warrant_signed_immigration-judge = Un juez de inmigración, por ejemplo, en una orden de deportación
federal-criminal-warrant_signed_cannot-tell = No sé quién la firmó

## Resultado: una orden penal de un tribunal

federal-criminal-warrant_judicial-warrant = La policía puede actuar con base en una orden penal federal firmada por un juez.
    .summary = Una orden penal de un tribunal federal o estatal, firmada por un juez, no es un documento de inmigración. Los límites de la Ciudad y del estado sobre ayudar a los agentes de inmigración no se aplican a ella.
    .verdict = puede actuar con base en una orden penal de un juez
federal-criminal-warrant_judicial-warrant_not-administrative = Las propias reglas del Departamento de Policía de Chicago dicen que una orden penal no es una "orden administrativa" cuando la emitió un juez después de encontrar causa probable, es decir, buenas razones para creer que se cometió un delito.
federal-criminal-warrant_judicial-warrant_state-definition = La ley de Illinois dice que una "orden migratoria civil" no incluye ninguna orden penal.
federal-criminal-warrant_judicial-warrant_ag-exception = La guía de 2025 del Procurador General de Illinois dice que la prohibición estatal de ayudar a los agentes de inmigración no se aplica cuando los agentes tienen una orden penal.
federal-criminal-warrant_judicial-warrant_check-warrant = Mire la orden. { -judicial-warrant-definition }
federal-criminal-warrant_judicial-warrant_officer = Si usted es oficial: revise la orden antes de ayudar a los agentes federales. CBS News Chicago informó el 27 de enero de 2021 que un(a) supervisor(a) debe aprobar cualquier solicitud de ayuda de los agentes de inmigración, así que llame a un(a) supervisor(a).
federal-criminal-warrant_judicial-warrant_rights = Si lo arrestan, la ACLU dice que usted tiene derecho a guardar silencio y a pedir un abogado. También aconseja que no corra ni se resista.
federal-criminal-warrant_judicial-warrant_lawyer = Si a usted o a alguien que conoce lo arrestan, pida un abogado. La línea de First Defense Legal Aid pone a las personas en contacto con ayuda legal gratuita después de un arresto, las 24 horas del día.
federal-criminal-warrant_judicial-warrant_mixed = Si los agentes también quieren ayuda con arrestos de inmigración, la policía de Chicago no puede ayudar con esos arrestos.
federal-criminal-warrant_judicial-warrant_still-no-status = Aun así, la policía no puede detener, arrestar ni retener a nadie solo por su estatus migratorio.
federal-criminal-warrant_judicial-warrant_no-transfer = Aun así, la policía de Chicago no puede entregar a nadie a ICE solo para la aplicación civil de las leyes de inmigración.

## Resultado: un formulario de ICE firmado por un oficial de inmigración

federal-criminal-warrant_administrative-warrant = Esto no es una orden penal. La policía de Chicago no puede actuar con base en ella.
    .summary = Un formulario de ICE firmado por un oficial de inmigración es una "orden administrativa" (administrative warrant), no una orden de un juez. No basta para que la policía de Chicago o de Illinois arreste o retenga a nadie.
    .verdict = no puede actuar con base en un formulario de ICE
federal-criminal-warrant_administrative-warrant_admin-warrant = La { -wco } (Welcoming City Ordinance) de Chicago dice que la policía de la Ciudad no puede detener, arrestar ni retener a nadie por una orden administrativa.
federal-criminal-warrant_administrative-warrant_state-warrant = La { -trust } dice que la policía de cualquier parte de Illinois no puede retener a nadie solo por una "orden migratoria civil" (civil immigration warrant): un documento de inmigración que ningún juez aprobó, como el Formulario I-200 o I-205. Tampoco puede cumplirla de ninguna otra forma.
federal-criminal-warrant_administrative-warrant_no-help = Las agencias de la Ciudad y sus empleados, incluida la policía, no pueden ayudar a los agentes federales en la aplicación civil de las leyes de inmigración. { -civil-immigration-enforcement-definition }
federal-criminal-warrant_administrative-warrant_officer = Si usted es oficial: no arreste ni retenga a nadie por el formulario. CBS News Chicago informó el 27 de enero de 2021 que un(a) supervisor(a) debe aprobar cualquier solicitud de ayuda de los agentes de inmigración, así que llame a un(a) supervisor(a).
federal-criminal-warrant_administrative-warrant_no-resist = Si los agentes lo arrestan de todos modos, la ACLU aconseja que no corra ni se resista. Mantenga la calma y pida un abogado.
federal-criminal-warrant_administrative-warrant_silent = La ACLU dice que usted tiene derecho a guardar silencio y a pedir un abogado. Estos derechos vienen de la Constitución de EE. UU.
federal-criminal-warrant_administrative-warrant_write-down = Si es seguro hacerlo, anote lo que pasó, con la fecha, la hora y el lugar, y cualquier nombre o número de placa.
federal-criminal-warrant_administrative-warrant_icirr = Si agentes de inmigración arrestan a alguien de su familia, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
federal-criminal-warrant_administrative-warrant_report-copa = Puede reportar a un oficial de la policía de Chicago que actuó por un formulario de ICE ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
federal-criminal-warrant_administrative-warrant_says-warrant = Un formulario de ICE puede tener la palabra "warrant" (orden) arriba, como el Formulario I-200, "Warrant for Arrest of Alien" (orden de arresto de extranjero). Lo que importa es quién lo firmó: un juez o un oficial de inmigración.
federal-criminal-warrant_administrative-warrant_home-memo = Los poderes propios de ICE son otro tema. ABC News informó en enero de 2026 sobre un memorando de ICE del 12 de mayo de 2025. Este afirma que los agentes pueden entrar a la fuerza en una casa con el Formulario I-205 y una orden final de deportación ("final removal order"). Esa afirmación está en disputa: se cuestiona por considerarse contraria a la Cuarta Enmienda. Las noticias sobre el tema llegan hasta abril de 2026, la información más reciente que encontramos.
federal-criminal-warrant_administrative-warrant_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.

## Resultado: una orden de un juez de inmigración

federal-criminal-warrant_removal-order = Una orden de deportación no es una orden penal. La policía de Chicago no puede actuar con base en ella.
    .summary = Una orden de deportación (removal order) de un juez de inmigración no es una orden penal. Las reglas de la policía de Chicago la consideran una "orden administrativa" (administrative warrant), y la policía no puede actuar con base en ella.
    .verdict = no puede actuar con base en una orden de deportación
federal-criminal-warrant_removal-order_cpd-definition = Las reglas del Departamento de Policía de Chicago le dan a "orden administrativa" un significado amplio. Cubre cualquier documento de inmigración que se use para arrestar o retener a alguien por un motivo migratorio civil. Una orden de deportación es uno de sus ejemplos.
federal-criminal-warrant_removal-order_admin-warrant = La { -wco } (Welcoming City Ordinance) de Chicago dice que la policía de la Ciudad no puede detener, arrestar ni retener a nadie por una orden administrativa.
federal-criminal-warrant_removal-order_state-help = La { -trust } también limita a la policía de cualquier parte de Illinois. La guía de 2025 del Procurador General de Illinois dice que la policía no puede ayudar a los agentes de inmigración "de ninguna manera". Las excepciones son cuando los agentes tienen una orden penal o cuando una ley federal lo exige de forma específica.
federal-criminal-warrant_removal-order_officer = Si usted es oficial: no arreste ni retenga a nadie por una orden de deportación. CBS News Chicago informó el 27 de enero de 2021 que un(a) supervisor(a) debe aprobar cualquier solicitud de ayuda de los agentes de inmigración, así que llame a un(a) supervisor(a).
federal-criminal-warrant_removal-order_no-resist = Si los agentes lo arrestan de todos modos, la ACLU aconseja que no corra ni se resista. Mantenga la calma y pida un abogado.
federal-criminal-warrant_removal-order_silent = La ACLU dice que usted tiene derecho a guardar silencio y a pedir un abogado. Estos derechos vienen de la Constitución de EE. UU.
federal-criminal-warrant_removal-order_icirr = Si agentes de inmigración arrestan a alguien de su familia, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
federal-criminal-warrant_removal-order_report-copa = Puede reportar a un oficial de la policía de Chicago que actuó por una orden de deportación ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
federal-criminal-warrant_removal-order_home-memo = Los poderes propios de ICE son otro tema. ABC News informó en enero de 2026 sobre un memorando de ICE del 12 de mayo de 2025. Este afirma que los agentes pueden entrar a la fuerza en una casa con el Formulario I-205 y una orden final de deportación ("final removal order"). Esa afirmación está en disputa: se cuestiona por considerarse contraria a la Cuarta Enmienda. Las noticias sobre el tema llegan hasta abril de 2026, la información más reciente que encontramos.
federal-criminal-warrant_removal-order_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.

## Resultado: no se sabe quién la firmó

federal-criminal-warrant_unclear-paper = Depende de quién firmó el documento.
    .summary = Solo una orden penal firmada por un juez de un tribunal cambia la respuesta. Un formulario de ICE o una orden de deportación de un juez de inmigración no la cambia.
    .verdict = solo puede actuar con base en una orden penal de un juez
federal-criminal-warrant_unclear-paper_if-ice-form = Supongamos que es un formulario de ICE firmado por un oficial de inmigración, como el Formulario I-200 o I-205. Entonces la policía no puede arrestar ni retener a nadie por ese formulario.
federal-criminal-warrant_unclear-paper_if-removal-order = Lo mismo pasa con una orden de deportación. Las reglas del Departamento de Policía de Chicago la cuentan como una "orden administrativa", no como una orden penal.
federal-criminal-warrant_unclear-paper_if-judge = Si es una orden penal firmada por un juez de un tribunal, la policía puede actuar con base en ella.
federal-criminal-warrant_unclear-paper_officer = Si usted es oficial: revise el documento antes de hacer nada. Busque arriba el nombre de un tribunal y la firma de un juez. CBS News Chicago informó el 27 de enero de 2021 que un(a) supervisor(a) debe aprobar cualquier solicitud de ayuda de los agentes de inmigración, así que llame a un(a) supervisor(a).
federal-criminal-warrant_unclear-paper_look = Si los agentes le muestran un documento, revise si es una orden de un juez. { -judicial-warrant-definition }
federal-criminal-warrant_unclear-paper_icirr = Si agentes de inmigración arrestan a alguien de su familia, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
federal-criminal-warrant_unclear-paper_supervisor = CBS News Chicago informó en 2021 que, según la ordenanza actualizada, un(a) supervisor(a) de la policía debe aprobar cualquier solicitud de ayuda de los agentes de inmigración.
federal-criminal-warrant_unclear-paper_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.
