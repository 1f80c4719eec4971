# S15: ICE arrestó a alguien sin orden de arresto, o al detener un vehículo (la orden del tribunal en el caso Castañon Nava).
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; cada afirmación tiene su cita en el .toml. Todo lo que se dice sobre la orden
# del tribunal se atribuye a los abogados del caso o a informes de prensa, con fecha; nada promete la libertad.

scenario_warrantless-arrest = ICE arrestó a alguien sin orden de arresto, o al detener un vehículo
    .summary = Por ejemplo, agentes de inmigración detuvieron un auto y se llevaron a alguien, o arrestaron a un familiar sin mostrar una orden de arresto. Una orden de un tribunal federal podría ayudar en el área de Chicago.

## Pregunta: ¿dónde pasó?

warrantless-arrest_where = ¿Dónde fue el arresto?
    .hint = Elija el lugar del arresto, no el lugar donde vive la persona.
warrantless-arrest_where_chicago-area = En Illinois, Indiana, Wisconsin, Misuri, Kansas o Kentucky
warrantless-arrest_where_elsewhere = En otro estado

## Pregunta: ¿cómo pasó?

warrantless-arrest_how = ¿Cómo fue el arresto?
    .hint = Si usted no vio el arresto, elija "No sé".
warrantless-arrest_how_no-warrant = Los agentes no tenían una orden de arresto, que yo sepa
warrantless-arrest_how_car-stop = Empezó cuando los agentes detuvieron un auto
warrantless-arrest_how_warrant = Los agentes mostraron una orden de arresto (warrant)
warrantless-arrest_how_not-sure = No sé

## Resultado: la orden del tribunal podría aplicarse

warrantless-arrest_may-apply = Una orden de un tribunal federal podría ayudar. Avise a los abogados del caso y pida ayuda ahora.
    .summary = Los abogados del caso dicen que una orden de un tribunal federal limita algunos arrestos de ICE hechos sin orden de arresto o al detener autos en esta área, y que las personas arrestadas de esa forma podrían pedir ayuda según esa orden. No se promete la libertad, y nuestras noticias más recientes (octubre de 2025) dicen que la orden estaba vigente hasta el 2 de febrero de 2026, así que pregunte al NIJC o a ICIRR si todavía se aplica.
    .verdict = están limitados por una orden de un tribunal de 2022, dicen los abogados del caso (información más reciente: octubre de 2025)
warrantless-arrest_may-apply_court-order = Según el National Immigrant Justice Center (NIJC) y la ACLU de Illinois, los abogados de las personas que demandaron, un tribunal federal aprobó un acuerdo (settlement) en el caso Castañon Nava v. DHS el 8 de febrero de 2022. Ellos lo describen como una orden de un tribunal que limita lo que hace el propio ICE. No es una ley de la Ciudad ni del estado.
warrantless-arrest_may-apply_policy = Los abogados dicen que la orden obligó a ICE a adoptar una política para todo el país que limita algunos arrestos sin orden de arresto y algunas detenciones de vehículos.
warrantless-arrest_may-apply_remedies = Los abogados dicen que las personas arrestadas sin orden de arresto, o durante una detención de un vehículo, en el área de Chicago de ICE podrían pedir medidas de reparación (remedies) según la orden. Quedar en libertad puede ser una de ellas, pero nunca es seguro. El área de Chicago de ICE incluye Illinois, Indiana, Wisconsin, Misuri, Kansas y Kentucky.
warrantless-arrest_may-apply_dates = Informes de prensa dijeron que el 7 de octubre de 2025 un juez federal decidió que ICE había violado la orden, ordenó que dejaran libres a algunas personas y extendió la orden hasta el 2 de febrero de 2026. También dijeron que después un tribunal de apelaciones limitó algunas de esas órdenes de dejar libres a personas. No encontramos nada más reciente, así que no sabemos si la orden todavía se aplica.
warrantless-arrest_may-apply_tell-lawyers = La página del NIJC sobre el acuerdo tiene una forma de avisar a los abogados del caso de una posible violación. Úsela en cuanto pueda, y pregúnteles si la orden todavía se aplica y si cubre este arresto.
warrantless-arrest_may-apply_icirr = Para recibir ayuda para la familia, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
warrantless-arrest_may-apply_write-down = Anote lo que sepa en cuanto pueda: la fecha, la hora y el lugar, si los agentes mostraron algún documento, si empezó cuando detuvieron un auto, y cualquier nombre, número de placa o número de matrícula de vehículo. Guarde cualquier foto o video.
warrantless-arrest_may-apply_background = Los abogados dicen que el caso empezó después de un operativo de ICE en los alrededores de Chicago en mayo de 2018, cuando arrestaron a más de 100 personas. A algunas las arrestaron sin orden de arresto, y algunos agentes se hicieron pasar por policía local al detener vehículos.
warrantless-arrest_may-apply_police-role = Si la policía de Chicago participó, eso es otro tema. La policía de Chicago no puede detener, arrestar ni retener a nadie solo porque cree que la persona está en EE. UU. sin permiso o que violó una regla civil de inmigración. Puede reportar a la policía de Chicago ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
warrantless-arrest_may-apply_laws-limit-police = La { -wco } (Welcoming City Ordinance) de Chicago y la { -trust } limitan lo que hacen la policía y los trabajadores de la Ciudad. No impiden que los agentes federales hagan arrestos. Esta orden del tribunal es diferente: los abogados del caso dicen que limita al propio ICE.

## Resultado: los agentes mostraron una orden de arresto

warrantless-arrest_warrant-shown = Es posible que la orden del tribunal no cubra este arresto, pero usted todavía puede pedir ayuda.
    .summary = Según los abogados del caso, la orden del tribunal cubre los arrestos sin orden de arresto y los arrestos durante detenciones de vehículos en el área de Chicago de ICE. Si los agentes tenían una orden de arresto, es posible que no se aplique, así que pregunte a los abogados del caso o a ICIRR.
    .verdict = pueden quedar fuera de la orden del tribunal, que según los abogados del caso cubre los arrestos sin orden de arresto
warrantless-arrest_warrant-shown_scope = Según el National Immigrant Justice Center (NIJC) y la ACLU de Illinois, los abogados de las personas que demandaron en el caso Castañon Nava v. DHS, la orden del tribunal trata de los arrestos sin orden de arresto y de los arrestos durante detenciones de vehículos en el área de Chicago de ICE.
warrantless-arrest_warrant-shown_ask = La página del NIJC le permite avisar a los abogados de una posible violación. Puede preguntarles si la orden cubre lo que pasó.
warrantless-arrest_warrant-shown_dates = Informes de prensa dijeron que en octubre de 2025 un juez federal extendió la orden hasta el 2 de febrero de 2026. No encontramos nada más reciente, así que no sabemos si todavía se aplica.
warrantless-arrest_warrant-shown_tell-lawyers = Si no está seguro de que los agentes de verdad tenían una orden de arresto, o si el arresto empezó cuando detuvieron un auto, use la página del NIJC para avisar a los abogados del caso.
warrantless-arrest_warrant-shown_icirr = Para recibir ayuda para la familia, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
warrantless-arrest_warrant-shown_write-down = Anote lo que sepa en cuanto pueda: la fecha, la hora y el lugar, lo que decía el documento y quién lo firmó, y cualquier nombre, número de placa o número de matrícula de vehículo. Guarde una foto o una copia de cualquier documento que le hayan dado.
# TODO(translate)
warrantless-arrest_warrant-shown_ice-form = The paper may be an ICE form, such as Form I-200 or I-205, signed by an immigration officer. { -judicial-warrant-definition } An ICE form is not a judge's warrant. We do not know how the court order treats one, so ask the lawyers in the case whether it changes anything.
warrantless-arrest_warrant-shown_laws-limit-police = La { -wco } (Welcoming City Ordinance) de Chicago y la { -trust } limitan lo que hacen la policía y los trabajadores de la Ciudad. No impiden que los agentes federales hagan arrestos.

## Resultado: fuera del área de Chicago de ICE

warrantless-arrest_outside-area = Los abogados del caso dicen que esta orden del tribunal solo cubre el área de Chicago de ICE.
    .summary = Según los abogados del caso, la orden del tribunal cubre los arrestos en Illinois, Indiana, Wisconsin, Misuri, Kansas y Kentucky. Si el arresto fue en otro estado, busque ayuda legal allí.
    .verdict = quedan fuera de la orden del tribunal, que según los abogados del caso solo cubre el área de Chicago de ICE
warrantless-arrest_outside-area_area = Según el National Immigrant Justice Center (NIJC) y la ACLU de Illinois, los abogados de las personas que demandaron en el caso Castañon Nava v. DHS, la orden del tribunal cubre a las personas arrestadas en el área de Chicago de ICE: Illinois, Indiana, Wisconsin, Misuri, Kansas y Kentucky.
# TODO(translate)
warrantless-arrest_outside-area_dates = According to news reports of October 2025, which we could not confirm from the court's own record, a federal judge extended the order to February 2, 2026. We found nothing newer, so we do not know whether it still applies.
warrantless-arrest_outside-area_icirr = Para recibir ayuda para una familia en Illinois, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
warrantless-arrest_outside-area_write-down = Anote lo que sepa en cuanto pueda: la fecha, la hora y el lugar, si los agentes mostraron algún documento, y cualquier nombre, número de placa o número de matrícula de vehículo.
