# S12: residentes y agentes federales tienen un enfrentamiento, y alguien llama al 911.
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; sin copiar el texto de las leyes; cada afirmación tiene su cita en el .toml.

scenario_confrontation-911 = Residentes y agentes federales tienen un enfrentamiento, y alguien llama al 911
    .summary = Por ejemplo, los vecinos se juntan mientras agentes de inmigración hacen un arresto, y alguien llama a la policía. Lo que la policía de Chicago puede y no puede hacer, y dónde reportar lo que pasó.

## Pregunta: ¿qué está pasando?

confrontation-911_situation = ¿Qué está pasando?
    .hint = { -civil-immigration-enforcement-definition } Los oficiales de la policía de Chicago trabajan para la Ciudad.
confrontation-911_situation_someone-hurt = Alguien está herido o en peligro
confrontation-911_situation_crime = Alguien dice que ocurrió un delito
confrontation-911_situation_agents-ask = Los agentes quieren que la policía los ayude con su arresto
confrontation-911_situation_afterwards = Ya terminó, y quiero reportar lo que pasó

## Pregunta: ¿a quién quiere reportar?

confrontation-911_report = ¿A quién quiere reportar?
    .hint = COPA, la Oficina Civil de Rendición de Cuentas de la Policía (Civilian Office of Police Accountability), recibe quejas sobre oficiales de la policía de Chicago.
confrontation-911_report_police = A oficiales de la policía de Chicago
confrontation-911_report_agents = A agentes federales

## Resultado: alguien está herido o en peligro

confrontation-911_emergency = La policía responde a la emergencia, no al arresto de inmigración.
    .summary = La policía de Chicago sigue respondiendo a las llamadas al 911 y protegiendo a las personas. No puede usar la llamada para ayudar en la aplicación civil de las leyes de inmigración.
    .verdict = puede atender la emergencia, no el arresto de inmigración
confrontation-911_emergency_only-status = La ley de la Ciudad prohíbe detener y arrestar a alguien solo porque se cree que está en EE. UU. sin permiso o que violó una regla civil de inmigración. No impide que la policía actúe cuando alguien está en peligro o cuando ocurre un delito.
confrontation-911_emergency_ag-criminal = La guía de 2025 del Procurador General de Illinois dice que la ley estatal no impide que la policía haga su trabajo en investigaciones penales.
confrontation-911_emergency_no-support = La policía no puede montar un perímetro de tráfico ni dar otro apoyo en el lugar para el operativo de inmigración en sí.
confrontation-911_emergency_call-911 = Si alguien está herido o en peligro, llame al 911.
confrontation-911_emergency_officer = Si usted es oficial: atienda la emergencia y llame a un(a) supervisor(a). No monte un perímetro ni dé otro apoyo para el arresto de inmigración.
confrontation-911_emergency_witness = Si es seguro hacerlo, anote la fecha, la hora y el lugar, lo que pasó, y cualquier número de placa o de patrulla.
confrontation-911_emergency_icirr = Para reportar actividad de agentes de inmigración o recibir ayuda, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
confrontation-911_emergency_status-questions = La policía en Illinois no puede preguntar a las personas que detiene o retiene por su ciudadanía, su estatus migratorio o su lugar de nacimiento, con excepciones limitadas. Los trabajadores de la Ciudad de Chicago, incluida la policía, no pueden pedir ni compartir el estatus de nadie, con excepciones limitadas.
confrontation-911_emergency_supervisor = CBS News Chicago informó en 2021 que, según la ordenanza actualizada, un(a) supervisor(a) de la policía debe aprobar cualquier solicitud de ayuda de los agentes de inmigración.
confrontation-911_emergency_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.

## Resultado: un delito

confrontation-911_crime = La policía puede actuar ante un delito, pero no puede ayudar en el arresto de inmigración.
    .summary = La policía de Chicago sigue haciendo cumplir la ley penal, sea cual sea el estatus migratorio de cualquier persona. No puede ayudar en el arresto de inmigración.
    .verdict = puede actuar ante el delito, no ante el arresto de inmigración
confrontation-911_crime_only-status = La ley de la Ciudad prohíbe detener y arrestar a alguien solo porque se cree que está en EE. UU. sin permiso o que violó una regla civil de inmigración. No impide que la policía actúe ante un delito.
confrontation-911_crime_ag-criminal = La guía de 2025 del Procurador General de Illinois dice que la ley estatal no impide que la policía haga su trabajo en investigaciones penales.
confrontation-911_crime_no-civil-help = Aun así, la policía no puede ayudar en la parte de inmigración, por ejemplo, retener a alguien para los agentes o bloquear el tráfico para su operativo.
confrontation-911_crime_call-911 = Si usted es víctima de un delito o vio uno, puede llamar al 911 y decirle a la policía lo que vio.
confrontation-911_crime_officer = Si usted es oficial: maneje el delito como lo haría con cualquier otro. Llame a un(a) supervisor(a) por cualquier solicitud de los agentes.
confrontation-911_crime_lawyer = Si la policía de Chicago los arresta a usted o a alguien que conoce, pida un abogado. La línea de First Defense Legal Aid pone a las personas en contacto con ayuda legal gratuita después de un arresto, las 24 horas del día.
confrontation-911_crime_icirr = Si agentes de inmigración arrestan a alguien, para recibir ayuda llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
confrontation-911_crime_detainer = Si la policía arresta a alguien por un delito, no puede seguir reteniendo a esa persona solo por una solicitud de detención migratoria ("detainer"). Una solicitud de detención es una petición por escrito de ICE para retener a alguien. Un juez no la firma.
confrontation-911_crime_no-transfer = La policía de Chicago no puede entregar a nadie a ICE solo para la aplicación civil de las leyes de inmigración.
confrontation-911_crime_status-questions = La policía en Illinois no puede preguntar a las personas que detiene o retiene por su ciudadanía, su estatus migratorio o su lugar de nacimiento, con excepciones limitadas. Los trabajadores de la Ciudad de Chicago, incluida la policía, no pueden pedir ni compartir el estatus de nadie, con excepciones limitadas.
confrontation-911_crime_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.

## Resultado: los agentes quieren que la policía ayude con el arresto

confrontation-911_no-help = La policía de Chicago no puede ayudar en el arresto de inmigración.
    .summary = Esto es aplicación civil de las leyes de inmigración, y las leyes de la Ciudad y del estado mantienen a la policía de Chicago fuera de esto. La policía todavía puede mantener el orden y actuar ante delitos.
    .verdict = no puede ayudar en el arresto de inmigración
confrontation-911_no-help_city-law = La { -wco } (Welcoming City Ordinance) de Chicago dice que las agencias y los trabajadores de la Ciudad, incluida la policía, no pueden participar en la aplicación civil de las leyes de inmigración. Tampoco pueden ayudar con ella a los agentes federales. { -civil-immigration-enforcement-definition }
confrontation-911_no-help_no-support = La policía no puede montar un perímetro de tráfico ni dar ningún otro apoyo en el lugar para un operativo migratorio civil.
confrontation-911_no-help_no-arrest = La policía no puede detener, arrestar ni retener a nadie solo porque cree que la persona está en EE. UU. sin permiso o que violó una regla civil de inmigración. La ley de Illinois dice lo mismo para la policía de cualquier parte del estado.
confrontation-911_no-help_state-help = La { -trust } también limita a la policía de cualquier parte de Illinois. La guía de 2025 del Procurador General de Illinois dice que la policía no puede ayudar a los agentes de inmigración "de ninguna manera". Las excepciones son cuando los agentes tienen una orden penal o cuando una ley federal lo exige de forma específica.
confrontation-911_no-help_officer = Si usted es oficial: llame a un(a) supervisor(a). No retenga a nadie, no bloquee el tráfico y no vigile la escena para los agentes.
confrontation-911_no-help_witness = Si ve a la policía de Chicago ayudando en un arresto de inmigración, anote la fecha, la hora y el lugar, y cualquier número de placa o de patrulla.
confrontation-911_no-help_report-copa = Puede reportar a un oficial de la policía de Chicago ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
confrontation-911_no-help_report-oig = Puede reportar a un empleado de la Ciudad que no cumplió la ordenanza ante la Oficina del Inspector General de la Ciudad.
confrontation-911_no-help_icirr = Si agentes de inmigración arrestan a alguien, para recibir ayuda llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
confrontation-911_no-help_keep-peace = La policía todavía puede responder a llamadas al 911, proteger a las personas y actuar ante delitos, sea cual sea el estatus migratorio de cualquier persona. Lo que no puede hacer es apoyar el arresto de inmigración en sí.
confrontation-911_no-help_criminal-warrant = La guía del Procurador General de Illinois dice que la prohibición estatal de ayudar a los agentes de inmigración no se aplica cuando los agentes tienen una orden penal.
confrontation-911_no-help_supervisor = CBS News Chicago informó en 2021 que, según la ordenanza actualizada, un(a) supervisor(a) de la policía debe aprobar cualquier solicitud de ayuda de los agentes de inmigración.
confrontation-911_no-help_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.

## Resultado: reportar a la policía de Chicago

confrontation-911_complain-police = Puede reportar a la policía de Chicago ante COPA. Si violaron las reglas o no depende de lo que hicieron.
    .summary = COPA, la Oficina Civil de Rendición de Cuentas de la Policía, recibe quejas sobre oficiales de la policía de Chicago. La policía puede responder a emergencias y delitos, pero no puede ayudar en la aplicación civil de las leyes de inmigración.
    .verdict = puede atender emergencias y delitos, no el arresto de inmigración
confrontation-911_complain-police_may-not-help = La { -wco } (Welcoming City Ordinance) de Chicago dice que la policía no puede participar en la aplicación civil de las leyes de inmigración. Eso incluye los perímetros de tráfico y cualquier otro apoyo en el lugar. { -civil-immigration-enforcement-definition }
confrontation-911_complain-police_may-act = La policía todavía puede responder a emergencias y actuar ante delitos, sea cual sea el estatus migratorio de cualquier persona. La guía de 2025 del Procurador General de Illinois dice que la ley estatal no le impide a la policía actuar en investigaciones penales.
confrontation-911_complain-police_state-help = La guía del Procurador General también dice que la policía de cualquier parte de Illinois no puede ayudar a los agentes de inmigración "de ninguna manera". Las excepciones son cuando los agentes tienen una orden penal o cuando una ley federal lo exige de forma específica.
confrontation-911_complain-police_no-status = La policía en Illinois no puede preguntar a las personas que detiene o retiene por su ciudadanía, su estatus migratorio o su lugar de nacimiento, con excepciones limitadas.
confrontation-911_complain-police_write-down = Anote lo que pasó en cuanto pueda. Apunte la fecha, la hora y el lugar, y cualquier número de placa, nombre o número de patrulla.
confrontation-911_complain-police_report-copa = Puede presentar una queja ante COPA. También puede presentarla en cualquier estación de distrito de la policía de Chicago.
confrontation-911_complain-police_report-oig = Puede reportar a un empleado de la Ciudad que no cumplió la { -wco } ante la Oficina del Inspector General de la Ciudad.
confrontation-911_complain-police_report-ag = También puede comunicarse con la línea de Derechos Civiles del Procurador General de Illinois sobre policías que quizás violaron la { -trust }.
confrontation-911_complain-police_supervisor = CBS News Chicago informó en 2021 que, según la ordenanza actualizada, un(a) supervisor(a) de la policía debe aprobar cualquier solicitud de ayuda de los agentes de inmigración.
confrontation-911_complain-police_reports = El Inspector General de la Ciudad dice que la policía de Chicago informa cada tres meses sobre cómo cumple la ordenanza. El Inspector General publica esos informes.

## Resultado: reportar a agentes federales

confrontation-911_complain-agents = Quizás pueda demandar con una ley de Illinois de 2025, pero esa ley está impugnada en los tribunales.
    .summary = Las reglas de Chicago y de Illinois para la policía no cubren a los agentes federales. Una ley de Illinois de 2025, la Ley Bivens de Illinois (Illinois Bivens Act), permite que las personas demanden por violaciones de sus derechos durante la aplicación civil de las leyes de inmigración, incluso a agentes federales.
    .verdict = pueden ser demandados según una ley de Illinois de 2025 impugnada
confrontation-911_complain-agents_bivens = La Ley Bivens de Illinois es parte de la Ley Pública 104-0440 (P.A. 104-0440). Permite que una persona demande a cualquiera que viole sus derechos bajo la Constitución de EE. UU. o la de Illinois durante la aplicación civil de las leyes de inmigración. Eso incluye a los agentes federales.
confrontation-911_complain-agents_damages = A una persona que gana se le pueden pagar los honorarios de su abogado. Un tribunal también puede agregar daños punitivos para castigar a quien hizo el daño. Puede tomar en cuenta si los agentes se taparon la cara o no usaron cámaras corporales.
confrontation-911_complain-agents_immunity = Los agentes todavía pueden alegar "inmunidad calificada" (qualified immunity). Es una defensa que puede proteger a los oficiales de tener que pagar daños en algunos casos.
confrontation-911_complain-agents_challenge = Según informes de prensa, el Departamento de Justicia de EE. UU. demandó a Illinois por esta ley el 22 de diciembre de 2025. Argumenta que un estado no puede regular a los oficiales federales. Hasta principios de enero de 2026, la noticia más reciente que encontramos, no había ninguna decisión.
confrontation-911_complain-agents_write-down = Anote lo que pasó en cuanto pueda. Apunte la fecha, la hora y el lugar, lo que hicieron los agentes, y cualquier nombre, número de placa o número de matrícula de vehículo. Guarde todas las fotos o videos.
confrontation-911_complain-agents_lawyer = Hable con un abogado para saber si usted tiene un caso.
confrontation-911_complain-agents_icirr = Para reportar lo que hicieron los agentes de inmigración, o para recibir ayuda, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
confrontation-911_complain-agents_not-bound = La { -wco } de Chicago y la { -trust } limitan lo que hacen la policía y los trabajadores de la Ciudad. No rigen lo que hacen los agentes federales.
confrontation-911_complain-agents_police-role = La policía de Chicago no puede montar un perímetro de tráfico ni dar otro apoyo en el lugar para un operativo migratorio civil.
