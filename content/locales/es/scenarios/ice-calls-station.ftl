# S5: ICE llama a una estación de policía sobre una persona bajo custodia.
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; sin copiar el texto de las leyes; cada afirmación tiene su cita en el .toml.

scenario_ice-calls-station = ICE llama a una estación de policía sobre una persona bajo custodia
    .summary = Por ejemplo, ICE pregunta cuándo van a dejar libre a una persona o dónde vive, o pide entrevistarla por teléfono.

## Pregunta: ¿qué quiere ICE?

ice-calls-station_request = ¿Qué quiere ICE de la estación?
    .hint = ICE (Servicio de Inmigración y Control de Aduanas) es la agencia federal que hace cumplir las leyes de inmigración dentro del país. "Custodia" quiere decir estar retenido por la policía o en la cárcel.
ice-calls-station_request_release-date = Saber cuándo van a dejar libre a una persona, o si todavía está retenida
ice-calls-station_request_contact-info = La dirección, el número de teléfono u otros datos de contacto de una persona
ice-calls-station_request_phone-call = Hablar por teléfono con una persona bajo custodia o entrevistarla
ice-calls-station_request_visit = Venir a entrevistar a una persona bajo custodia

## Resultado: ICE quiere información sobre la persona

ice-calls-station_no-information = La policía de Chicago no puede responder las preguntas de ICE sobre la persona.
    .summary = La ley de la Ciudad prohíbe que la policía de Chicago dedique tiempo a responderle a ICE sobre la custodia, la fecha de salida o los datos de contacto de una persona.
    .verdict = no puede responder las preguntas de ICE sobre la persona
ice-calls-station_no-information_city-law = La { -wco } (Welcoming City Ordinance) de Chicago cubre a las agencias de la Ciudad y a sus empleados, incluida la policía. Dice que no pueden dedicar tiempo a responderle a ICE sobre la situación de custodia, la fecha de salida o los datos de contacto de una persona. Esto es parte de la prohibición de la Ciudad de ayudar en la aplicación civil de las leyes de inmigración. { -civil-immigration-enforcement-definition }
ice-calls-station_no-information_state-help = La { -trust } también limita a la policía de cualquier parte de Illinois. La guía de 2025 del Procurador General de Illinois dice que la policía no puede compartir información sobre las personas bajo custodia con las autoridades de inmigración.
ice-calls-station_no-information_no-status = Los trabajadores de la Ciudad tampoco pueden compartir la ciudadanía o el estatus migratorio de nadie. Hay excepciones limitadas, como cuando lo exige una orden de un tribunal o la persona lo acepta por escrito.
ice-calls-station_no-information_officer = Si usted es oficial o trabaja en la estación: no le dé la información a ICE.
ice-calls-station_no-information_lawyer = Si tienen retenido a un familiar suyo, pida un abogado. La línea de First Defense Legal Aid pone a las personas en contacto con ayuda legal gratuita después de un arresto, las 24 horas del día.
ice-calls-station_no-information_icirr = Si ICE arresta a alguien de su familia, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ice-calls-station_no-information_report-copa = Puede reportar a un oficial de la policía de Chicago que le dio esta información a ICE ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
ice-calls-station_no-information_report-oig = Puede reportar a un empleado de la Ciudad que no cumplió la ordenanza ante la Oficina del Inspector General de la Ciudad.
ice-calls-station_no-information_ask-civil = Hay una excepción a la regla sobre responderle a ICE acerca de la custodia, las fechas de salida y los datos de contacto: los trabajadores de la Ciudad pueden comunicarse con ICE para saber si un asunto trata solo de una violación civil de inmigración, y no de un delito.
ice-calls-station_no-information_court-order = La ley de la Ciudad tiene una excepción cuando una ley, un reglamento federal, una orden de un tribunal o una orden de arresto o de registro firmada por un juez exige que se comparta información. Una solicitud de detención de ICE o un formulario de orden de ICE no es una orden de un tribunal ni una orden firmada por un juez.
ice-calls-station_no-information_county-jail = Si la persona está en la Cárcel del Condado de Cook (Cook County Jail), se aplica una regla del Condado. La leímos tal como aparece en una propuesta de la Junta del Condado (County Board) de 2023. Dice que el personal del Condado no puede responder las preguntas de ICE sobre si alguien está retenido o cuándo lo van a dejar libre. Sus excepciones son una orden penal, o un motivo policial que no tenga que ver con la inmigración.
ice-calls-station_no-information_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.

## Resultado: ICE quiere hablar con la persona o entrevistarla

ice-calls-station_no-access = La policía no puede dejar que ICE hable con la persona ni que la entreviste.
    .summary = La ley de la Ciudad prohíbe que la policía deje que los agentes de ICE se comuniquen con cualquier persona que tenga retenida, en persona o por teléfono. También prohíbe dejar que ICE use edificios de la policía para entrevistas.
    .verdict = no puede dejar que ICE llegue a la persona ni la entreviste
ice-calls-station_no-access_phone = La { -wco } (Welcoming City Ordinance) de Chicago dice que las agencias de la Ciudad no pueden dejar que los agentes de ICE se comuniquen con una persona que ellas tienen retenida, ni siquiera por teléfono.
ice-calls-station_no-access_facilities = Las agencias de la Ciudad tampoco pueden dejar que los agentes de ICE usen edificios de la Ciudad para entrevistas u otras investigaciones.
ice-calls-station_no-access_state-help = La { -trust } también limita a la policía de cualquier parte de Illinois. La guía de 2025 del Procurador General de Illinois dice que la policía no puede dar a los agentes de inmigración acceso a las personas bajo custodia.
ice-calls-station_no-access_officer = Si usted es oficial o trabaja en la estación: no pase la llamada, y no deje que los agentes entrevisten a la persona en la estación.
ice-calls-station_no-access_silent = Si los agentes de inmigración sí le hacen preguntas, la ACLU dice que usted tiene derecho a guardar silencio y a pedir un abogado. Estos derechos vienen de la Constitución de EE. UU.
ice-calls-station_no-access_no-sign = La "tarjeta roja" del Centro de Recursos Legales para Inmigrantes (Immigrant Legal Resource Center) aconseja no firmar nada antes de hablar con un abogado.
ice-calls-station_no-access_lawyer = Si tienen retenido a un familiar suyo, pida un abogado. La línea de First Defense Legal Aid pone a las personas en contacto con ayuda legal gratuita después de un arresto, las 24 horas del día.
ice-calls-station_no-access_icirr = Si ICE arresta a alguien de su familia, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ice-calls-station_no-access_report-copa = Puede reportar a un oficial de la policía de Chicago que dejó que ICE se comunicara con una persona bajo custodia ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
ice-calls-station_no-access_county-jail = Si la persona está en la Cárcel del Condado de Cook (Cook County Jail), se aplica una regla del Condado. La leímos tal como aparece en una propuesta de la Junta del Condado (County Board) de 2023. Dice que los agentes de inmigración no pueden comunicarse con las personas en la cárcel ni usar edificios del Condado para entrevistas. Sus excepciones son una orden penal, o un motivo policial que no tenga que ver con la inmigración.
ice-calls-station_no-access_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.
