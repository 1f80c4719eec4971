# Sus derechos si agentes de inmigración se le acercan: en la calle, en un auto, en el trabajo, en casa (docs/research/facts.md, sección 6).
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; cada afirmación tiene su cita en el .toml y se atribuye a la ACLU o al
# Immigrant Legal Resource Center (ILRC). Estos derechos vienen de la Constitución de EE. UU.

scenario_agents-approach-you = Sus derechos si agentes de inmigración se le acercan
    .summary = En la calle, en un auto, en el trabajo o en su casa. Estos derechos vienen de la Constitución de EE. UU. y se aplican sin importar su estatus migratorio. La { -wco } (Welcoming City Ordinance) de Chicago y la { -trust } limitan a la policía y a los trabajadores de la Ciudad, no a los agentes federales.

## Pregunta: ¿dónde está usted?

agents-approach-you_where = ¿Dónde está usted cuando los agentes se le acercan?
    .hint = ICE (Servicio de Inmigración y Control de Aduanas) es la agencia federal que hace cumplir las leyes de inmigración dentro del país.
agents-approach-you_where_street = En la calle o en otro lugar público
agents-approach-you_where_car = En un auto
agents-approach-you_where_work = En el trabajo
agents-approach-you_where_home = En casa

## Resultado: en la calle

agents-approach-you_street = Usted puede guardar silencio y preguntar si es libre de irse.
    .summary = Las organizaciones de ayuda legal dicen que usted puede guardar silencio y preguntar si es libre de irse. Si lo es, aléjese con calma; no corra.
    .verdict = puede guardar silencio y preguntar si es libre de irse
agents-approach-you_street_silent = La ACLU dice que usted tiene derecho a guardar silencio. Si quiere usarlo, dígalo en voz alta.
agents-approach-you_street_questions = La ACLU dice que usted no tiene que decir dónde nació. Tampoco tiene que decir si es ciudadano ni cómo entró a EE. UU. Se aplican reglas diferentes en las fronteras y los aeropuertos, y para algunas personas con visa.
agents-approach-you_street_leave = El ILRC dice que pregunte si es libre de irse. Si la respuesta es sí, váyase con calma.
agents-approach-you_street_search = Usted puede negarse a que los agentes lo registren a usted o a sus cosas. La ACLU dice que los oficiales pueden palparle la ropa por fuera si sospechan que usted tiene un arma.
agents-approach-you_street_say-silent = Diga: "Quiero guardar silencio".
agents-approach-you_street_ask-leave = Pregunte: "¿Soy libre de irme?". Si le dicen que sí, aléjese con calma. No corra.
agents-approach-you_street_no-lies = No mienta y no muestre documentos falsos.
agents-approach-you_street_no-resist = No corra ni se resista, aunque crea que la detención es injusta.
agents-approach-you_street_no-sign = No firme nada antes de hablar con un abogado.
agents-approach-you_street_lawyer = Si lo arrestan, pida un abogado de inmediato.
agents-approach-you_street_red-card = Puede darle al agente una "tarjeta roja" del ILRC, que dice cuáles son sus derechos.
agents-approach-you_street_icirr = Para recibir ayuda, o si agentes de inmigración arrestan a alguien, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
agents-approach-you_street_constitution = Según las organizaciones de ayuda legal, estos derechos vienen de la Constitución de EE. UU. y se aplican sin importar su estatus migratorio. La { -wco } (Welcoming City Ordinance) de Chicago y la { -trust } limitan a la policía y a los trabajadores de la Ciudad, no a los agentes federales.
agents-approach-you_street_papers = Si usted no es ciudadano de EE. UU. y tiene papeles de inmigración, la ACLU dice que los muestre si un agente de inmigración se los pide. Si tiene 18 años o más, dice que los lleve consigo. Si no tiene papeles, diga que quiere guardar silencio.

## Resultado: en un auto

agents-approach-you_car = Si los agentes le indican que se detenga, pare. Puede guardar silencio y negarse a un registro.
    .summary = Las organizaciones de ayuda legal dicen que no corra: pare y mantenga la calma. Puede guardar silencio, negarse a un registro y negarse a mostrar documentos que digan de qué país es usted.
    .verdict = puede guardar silencio y negarse a un registro
agents-approach-you_car_stop = Si la policía o los agentes de inmigración le indican que se detenga, pare. La ACLU dice que no corra ni se resista.
agents-approach-you_car_silent = La ACLU dice que usted tiene derecho a guardar silencio. No tiene que decir dónde nació, si es ciudadano ni cómo entró a EE. UU.
agents-approach-you_car_search = Usted puede negarse a que los agentes registren su auto, según la ACLU.
agents-approach-you_car_nationality = La Asociación Estadounidense de Abogados de Inmigración (American Immigration Lawyers Association, AILA), un grupo de abogados de inmigración, agrega que usted puede negarse a mostrar documentos de identidad que digan de qué país es. Nunca muestre documentos falsos.
agents-approach-you_car_pull-over = Pare el auto en un lugar seguro. Mantenga la calma.
agents-approach-you_car_say-silent = Si le hacen preguntas, puede decir: "Quiero guardar silencio".
agents-approach-you_car_say-no-search = Si los agentes piden registrar el auto, usted puede decir que no. Si lo registran de todos modos, no se resista.
agents-approach-you_car_passenger = El ILRC dice que pregunte si es libre de irse. Si usted es pasajero, puede preguntar: "¿Soy libre de irme?". Si le dicen que sí, váyase con calma.
agents-approach-you_car_no-lies = No mienta y no muestre documentos falsos.
agents-approach-you_car_icirr = Para recibir ayuda, o si agentes de inmigración arrestan a alguien, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
agents-approach-you_car_constitution = Según las organizaciones de ayuda legal, estos derechos vienen de la Constitución de EE. UU. y se aplican sin importar su estatus migratorio. La { -wco } (Welcoming City Ordinance) de Chicago y la { -trust } limitan a la policía y a los trabajadores de la Ciudad, no a los agentes federales.
agents-approach-you_car_papers = Si usted no es ciudadano de EE. UU. y tiene papeles de inmigración, la ACLU dice que los muestre si un agente de inmigración se los pide. Si tiene 18 años o más, dice que los lleve consigo. Si no tiene papeles, diga que quiere guardar silencio.

## Resultado: en el trabajo

agents-approach-you_work = En el trabajo, usted también puede guardar silencio y preguntar si es libre de irse.
    .summary = Las organizaciones de ayuda legal dicen que los mismos derechos se aplican en el trabajo: usted puede guardar silencio y preguntar si es libre de irse.
    .verdict = puede guardar silencio y preguntar si es libre de irse
agents-approach-you_work_silent = La ACLU dice que usted tiene derecho a guardar silencio. Si quiere usarlo, dígalo en voz alta.
agents-approach-you_work_questions = La ACLU dice que usted no tiene que decir dónde nació. Tampoco tiene que decir si es ciudadano ni cómo entró a EE. UU. Se aplican reglas diferentes para algunas personas con visa.
agents-approach-you_work_leave = El ILRC dice que pregunte si es libre de irse. Si la respuesta es sí, váyase con calma.
agents-approach-you_work_no-run = La ACLU dice que no corra ni se resista, aunque crea que los agentes están violando sus derechos.
agents-approach-you_work_say-silent = Diga: "Quiero guardar silencio".
agents-approach-you_work_ask-leave = Pregunte: "¿Soy libre de irme?". Si le dicen que sí, aléjese con calma. No corra.
agents-approach-you_work_no-lies = No mienta y no muestre documentos falsos.
agents-approach-you_work_no-sign = No firme nada antes de hablar con un abogado.
agents-approach-you_work_lawyer = Si lo arrestan, pida un abogado de inmediato.
agents-approach-you_work_icirr = Para recibir ayuda, o si agentes de inmigración arrestan a alguien, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
agents-approach-you_work_constitution = Según las organizaciones de ayuda legal, estos derechos vienen de la Constitución de EE. UU. y se aplican sin importar su estatus migratorio. La { -wco } (Welcoming City Ordinance) de Chicago y la { -trust } limitan a la policía y a los trabajadores de la Ciudad, no a los agentes federales.
agents-approach-you_work_papers = Si usted no es ciudadano de EE. UU. y tiene papeles de inmigración, la ACLU dice que los muestre si un agente de inmigración se los pide. Si tiene 18 años o más, dice que los lleve consigo. Si no tiene papeles, diga que quiere guardar silencio.

## Resultado: en casa

agents-approach-you_home = Usted puede mantener la puerta cerrada y guardar silencio.
    .summary = Usted no tiene que abrir la puerta. Las organizaciones de ayuda legal dicen que los agentes necesitan una orden de un juez o el permiso de usted para entrar.
    .verdict = no tiene que abrir la puerta
agents-approach-you_home_door = La "tarjeta roja" del ILRC dice que no abra la puerta a los agentes de inmigración y que se niegue a dejarlos entrar si no tienen una orden de un juez. { -judicial-warrant-definition }
agents-approach-you_home_silent = Según las organizaciones de ayuda legal, usted tiene derecho a guardar silencio y a no firmar nada.
agents-approach-you_home_search = La ACLU dice que usted puede negarse a que los agentes registren su casa.
agents-approach-you_home_keep-closed = Mantenga la puerta cerrada. Si tiene una tarjeta roja, muéstrela por una ventana o pásela por debajo de la puerta.
agents-approach-you_home_slide-warrant = Pida a los agentes que pasen cualquier orden por debajo de la puerta. Así puede leerla sin abrir la puerta.
agents-approach-you_home_say-silent = Diga: "Quiero guardar silencio".
agents-approach-you_home_no-sign = No firme nada antes de hablar con un abogado.
agents-approach-you_home_no-resist = Si los agentes entran de todos modos, no se resista físicamente. Anote lo que pase y pida ayuda.
agents-approach-you_home_icirr = Para recibir ayuda, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
agents-approach-you_home_constitution = Según las organizaciones de ayuda legal, estos derechos vienen de la Constitución de EE. UU. y se aplican sin importar su estatus migratorio. La { -wco } (Welcoming City Ordinance) de Chicago y la { -trust } limitan a la policía y a los trabajadores de la Ciudad, no a los agentes federales.
agents-approach-you_home_ice-form = Un formulario de ICE, como el Formulario I-200 o I-205, es una "orden administrativa" (administrative warrant). Lo firma un oficial de inmigración, no un juez, así que no es una orden de un juez. Una orden de deportación (removal order) de un juez de inmigración no es una orden judicial de arresto o de registro (una orden de un tribunal federal o estatal).
agents-approach-you_home_memo = ABC News informó en enero de 2026 sobre un memorando de ICE del 12 de mayo de 2025. Este afirma que los agentes pueden entrar a la fuerza en la casa de una persona que tiene una orden final de deportación ("final removal order"), usando el Formulario I-205. Esta afirmación está en disputa. Las noticias sobre el tema llegan hasta abril de 2026, la información más reciente que encontramos; no encontramos ninguna decisión de un tribunal. Una puerta cerrada no puede detener físicamente a los agentes, así que no se resista.
