# S8: la policía detiene a alguien y le pregunta "¿Dónde nació?" o "¿Está aquí legalmente?"
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; sin copiar el texto de las leyes; cada afirmación tiene su cita en el .toml.

scenario_where-were-you-born = La policía pregunta "¿Dónde nació?" o "¿Está aquí legalmente?"
    .summary = Por ejemplo, un oficial lo detiene en la calle o le hace parar su auto, y le pregunta dónde nació o cuál es su estatus migratorio.

## Pregunta: ¿quién pregunta?

where-were-you-born_who = ¿Quién le está haciendo las preguntas?
    .hint = La policía de Chicago y las demás policías de Illinois trabajan para una ciudad, un condado o el estado. ICE (Servicio de Inmigración y Control de Aduanas) es la agencia federal que hace cumplir las leyes de inmigración dentro del país.
where-were-you-born_who_police = Un oficial de la policía de Chicago, u otra policía de Illinois
where-were-you-born_who_immigration = Un agente federal de inmigración, por ejemplo, de ICE
where-were-you-born_who_not-sure = No lo sé

## Pregunta: ¿qué está pasando?

where-were-you-born_setting = ¿Qué está pasando?
    .hint = Custodia quiere decir estar retenido por la policía o en la cárcel.
where-were-you-born_setting_street = Me pararon en la calle o en otro lugar público
where-were-you-born_setting_car = Me hicieron parar cuando iba en auto
where-were-you-born_setting_custody = Me arrestaron o me tienen retenido

## Resultado: lo detienen en la calle

where-were-you-born_street-stop = La policía no puede preguntarle dónde nació ni cuál es su estatus migratorio.
    .summary = La ley de Illinois prohíbe que la policía de cualquier parte del estado pregunte a las personas que detiene por su ciudadanía, su estatus migratorio o su lugar de nacimiento. Usted puede guardar silencio.
    .verdict = no pueden preguntar dónde nació usted ni por su estatus
where-were-you-born_street-stop_state-law = La { -trust } cubre a la policía de cualquier parte de Illinois. Si detiene o retiene a alguien, no puede preguntar ni investigar la ciudadanía, el estatus migratorio o el lugar de nacimiento de esa persona.
where-were-you-born_street-stop_city-law = La { -wco } de Chicago dice que los trabajadores de la Ciudad, incluida la policía, no pueden pedir la ciudadanía ni el estatus migratorio de nadie. Las excepciones son limitadas, como cuando lo exige una ley o una orden de un tribunal.
where-were-you-born_street-stop_no-arrest = La policía no puede detener, arrestar, registrar ni retener a nadie solo por su estatus migratorio.
where-were-you-born_street-stop_stay-silent = La ACLU dice que todas las personas tienen derechos bajo la Constitución de EE. UU., sin importar su estatus migratorio. Usted tiene derecho a guardar silencio sobre dónde nació, si es ciudadano y cómo entró a EE. UU. Diga en voz alta que quiere guardar silencio.
where-were-you-born_street-stop_free-to-leave = El Centro de Recursos Legales para Inmigrantes (Immigrant Legal Resource Center, ILRC) aconseja preguntar si usted es libre de irse. Si la respuesta es sí, váyase con calma.
where-were-you-born_street-stop_no-lies = La ACLU aconseja: no mienta, no muestre documentos falsos, y no corra ni se resista.
where-were-you-born_street-stop_write-down = Después, anote la fecha, la hora y el lugar, y el nombre y el número de placa del oficial, si puede.
where-were-you-born_street-stop_report-copa = Puede reportar a un oficial de la policía de Chicago que le hizo estas preguntas ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
where-were-you-born_street-stop_report-ag = También puede comunicarse con la línea de Derechos Civiles del Procurador General de Illinois.
where-were-you-born_street-stop_exceptions = La ley estatal tiene dos excepciones limitadas. La policía puede decirle a una persona bajo custodia que puede comunicarse con el consulado de su país, y ayudarla a hacerlo. La policía también puede pedir prueba del estatus cuando ciertas leyes de armas de fuego lo exigen.
where-were-you-born_street-stop_border = La ACLU señala que se aplican reglas diferentes en las fronteras y los aeropuertos, y para algunas personas con visa.

## Resultado: lo hacen parar cuando va en auto

where-were-you-born_car-stop = La policía no puede preguntarle dónde nació ni cuál es su estatus migratorio.
    .summary = La ley de Illinois prohíbe que la policía pregunte a las personas que detiene por su ciudadanía, su estatus migratorio o su lugar de nacimiento, también cuando lo paran en el tráfico. La ACLU aconseja que el conductor aun así muestre su licencia, el registro del vehículo y el comprobante de seguro cuando se los pidan.
    .verdict = no pueden preguntar dónde nació usted ni por su estatus
where-were-you-born_car-stop_state-law = La { -trust } cubre a la policía de cualquier parte de Illinois. Si detiene o retiene a alguien, no puede preguntar ni investigar la ciudadanía, el estatus migratorio o el lugar de nacimiento de esa persona.
where-were-you-born_car-stop_city-law = La { -wco } (Welcoming City Ordinance) de Chicago dice que los trabajadores de la Ciudad, incluida la policía, no pueden pedir la ciudadanía ni el estatus migratorio de nadie. Las excepciones son limitadas, como cuando lo exige una ley o una orden de un tribunal.
where-were-you-born_car-stop_no-arrest = La policía no puede detener, arrestar, registrar ni retener a nadie solo por su estatus migratorio.
where-were-you-born_car-stop_stay-silent = Usted no tiene que responder preguntas sobre dónde nació ni sobre su estatus migratorio. La ACLU dice que los conductores y los pasajeros tienen derecho a guardar silencio.
where-were-you-born_car-stop_search = La ACLU dice que usted puede negarse a que la policía registre su auto. Si lo registran de todos modos, no se resista.
where-were-you-born_car-stop_no-lies = La ACLU aconseja: no mienta, no muestre documentos falsos, y no corra ni se resista.
where-were-you-born_car-stop_write-down = Después, anote la fecha, la hora y el lugar, y el nombre y el número de placa del oficial, si puede.
where-were-you-born_car-stop_report-copa = Puede reportar a un oficial de la policía de Chicago que le hizo estas preguntas ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
where-were-you-born_car-stop_report-ag = También puede comunicarse con la línea de Derechos Civiles del Procurador General de Illinois.
where-were-you-born_car-stop_exceptions = La ley estatal tiene dos excepciones limitadas. La policía puede decirle a una persona bajo custodia que puede comunicarse con el consulado de su país, y ayudarla a hacerlo. La policía también puede pedir prueba del estatus cuando ciertas leyes de armas de fuego lo exigen.
where-were-you-born_car-stop_border = La ACLU señala que se aplican reglas diferentes en las fronteras y los aeropuertos, y para algunas personas con visa.

## Resultado: arrestado o retenido

where-were-you-born_in-custody = La policía no puede preguntarle dónde nació ni cuál es su estatus migratorio mientras lo tiene retenido.
    .summary = La ley de Illinois prohíbe que la policía pregunte a cualquier persona bajo su custodia por su ciudadanía, su estatus migratorio o su lugar de nacimiento. Hay dos excepciones limitadas.
    .verdict = no pueden preguntar dónde nació usted ni por su estatus, con dos excepciones limitadas
where-were-you-born_in-custody_state-law = La { -trust } cubre a la policía de cualquier parte de Illinois. Si detiene o retiene a alguien, no puede preguntar ni investigar la ciudadanía, el estatus migratorio o el lugar de nacimiento de esa persona.
where-were-you-born_in-custody_city-law = La { -wco } (Welcoming City Ordinance) de Chicago dice que los trabajadores de la Ciudad, incluida la policía, no pueden pedir la ciudadanía ni el estatus migratorio de nadie, salvo en casos limitados.
where-were-you-born_in-custody_no-hold = La policía no puede seguir reteniendo a nadie solo por una solicitud de detención migratoria ("detainer"). Una solicitud de detención es una petición por escrito de ICE para que la policía retenga a alguien, o para que le avise a ICE cuándo van a dejar libre a la persona. Un juez no la firma.
where-were-you-born_in-custody_no-ice-access = La policía de Chicago no puede dejar que los agentes de ICE se comuniquen con una persona que la policía tiene retenida, ni siquiera por teléfono.
where-were-you-born_in-custody_stay-silent = La ACLU dice que usted tiene derecho a guardar silencio. No tiene que decir dónde nació, si es ciudadano ni cómo entró a EE. UU.
where-were-you-born_in-custody_lawyer = La ACLU dice que usted tiene derecho a un abogado si lo arrestan, así que pida uno de inmediato. La línea de First Defense Legal Aid pone a las personas arrestadas en contacto con ayuda legal gratuita, las 24 horas del día.
where-were-you-born_in-custody_report-copa = Puede reportar a un oficial de la policía de Chicago que le hizo estas preguntas ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
where-were-you-born_in-custody_exceptions = Las dos excepciones: la policía puede decirle a una persona bajo custodia que puede comunicarse con el consulado de su país, y ayudarla a hacerlo. La policía también puede pedir prueba del estatus cuando ciertas leyes de armas de fuego lo exigen.
where-were-you-born_in-custody_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.

## Resultado: pregunta un agente federal de inmigración

where-were-you-born_federal-agent = Los límites de la Ciudad y del estado sobre estas preguntas no se aplican a los agentes de inmigración. Aun así, usted tiene derecho a guardar silencio.
    .summary = Las reglas contra las preguntas sobre el estatus obligan a la policía de Chicago y de Illinois, no a los agentes federales. Aun así, usted tiene derecho a guardar silencio, según las organizaciones de ayuda legal.
    .verdict = no están obligados por los límites de la Ciudad y del estado sobre estas preguntas
where-were-you-born_federal-agent_not-bound = Las reglas de la Ciudad y del estado contra las preguntas sobre el estatus obligan a los trabajadores de la Ciudad y a la policía en Illinois. No obligan a los agentes federales de inmigración.
where-were-you-born_federal-agent_silent = La ACLU dice que usted tiene derecho a guardar silencio. No tiene que decir dónde nació, si es ciudadano ni cómo entró a EE. UU.
where-were-you-born_federal-agent_papers = La ACLU también dice: si usted no es ciudadano y tiene papeles de inmigración, muéstrelos si un agente de inmigración se los pide. Si tiene 18 años o más, llévelos consigo. Si no tiene papeles, diga que quiere guardar silencio.
where-were-you-born_federal-agent_say-silent = Diga en voz alta que quiere guardar silencio.
where-were-you-born_federal-agent_free-to-leave = El Centro de Recursos Legales para Inmigrantes (Immigrant Legal Resource Center, ILRC) aconseja preguntar si usted es libre de irse. Si la respuesta es sí, váyase con calma.
where-were-you-born_federal-agent_no-sign = El ILRC también aconseja: no firme nada antes de hablar con un abogado.
where-were-you-born_federal-agent_no-lies = La ACLU aconseja: no mienta, no muestre documentos falsos, y no corra ni se resista.
where-were-you-born_federal-agent_icirr = Para recibir ayuda, o para reportar actividad de agentes de inmigración, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
where-were-you-born_federal-agent_border = La ACLU señala que se aplican reglas diferentes en las fronteras y los aeropuertos, y para algunas personas con visa.
where-were-you-born_federal-agent_police-role = La policía de Chicago no puede ayudar a los agentes de inmigración en la aplicación civil de las leyes de inmigración, por ejemplo, bloqueando el tráfico o dando otro apoyo en el lugar. { -civil-immigration-enforcement-definition }

## Resultado: no se sabe quién pregunta

where-were-you-born_unsure-who = En cualquier caso, usted tiene derecho a guardar silencio sobre dónde nació y sobre su estatus.
    .summary = La policía en Illinois no puede hacer estas preguntas a las personas que detiene o retiene. Esa regla no obliga a los agentes federales de inmigración, pero aun así usted tiene derecho a guardar silencio.
    .verdict = no pueden preguntar; esa regla no obliga a los agentes federales
where-were-you-born_unsure-who_police-no = Si son policías, la ley estatal les prohíbe preguntar a las personas que detienen o retienen por su estatus o su lugar de nacimiento. La ley de la Ciudad prohíbe que la policía de Chicago pida el estatus de cualquier persona.
where-were-you-born_unsure-who_federal = Si son agentes federales de inmigración, esas reglas de la Ciudad y del estado no los obligan.
where-were-you-born_unsure-who_silent = La ACLU dice que usted tiene derecho a guardar silencio, sin importar quién pregunte. No tiene que decir dónde nació, si es ciudadano ni cómo entró a EE. UU.
where-were-you-born_unsure-who_papers = La ACLU también dice: si usted no es ciudadano y tiene papeles de inmigración, muéstrelos si un agente de inmigración se los pide. Si no tiene papeles, diga que quiere guardar silencio.
where-were-you-born_unsure-who_say-silent = Diga en voz alta que quiere guardar silencio.
where-were-you-born_unsure-who_no-lies = La ACLU aconseja: no mienta, no muestre documentos falsos, y no corra ni se resista.
where-were-you-born_unsure-who_write-down = Si puede, anote la fecha, la hora y el lugar, y cualquier nombre, número de placa o número de vehículo.
where-were-you-born_unsure-who_icirr = Para recibir ayuda, o para reportar actividad de agentes de inmigración, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
where-were-you-born_unsure-who_border = La ACLU señala que se aplican reglas diferentes en las fronteras y los aeropuertos, y para algunas personas con visa.
