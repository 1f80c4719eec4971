# S9: agentes de inmigración tocan a la puerta de una casa.
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; sin copiar el texto de las leyes; cada afirmación tiene su cita en el .toml.
# Los derechos propios de un residente vienen de la Constitución de EE. UU. y se atribuyen al ILRC y a la ACLU.

scenario_agents-at-home = Agentes de inmigración tocan a su puerta
    .summary = Lo que usted puede hacer cuando agentes de inmigración llegan a su casa, y lo que puede hacer la policía de Chicago. Sus derechos en la puerta vienen de la Constitución de EE. UU., no de las leyes de Chicago o de Illinois.

## Pregunta: ¿qué está pasando?

agents-at-home_door = ¿Qué está pasando en su casa?
    .hint = ICE (Servicio de Inmigración y Control de Aduanas) es la agencia federal que hace cumplir las leyes de inmigración dentro del país. Los oficiales de la policía de Chicago trabajan para la Ciudad.
agents-at-home_door_knocking = Hay agentes tocando a la puerta y quieren entrar
agents-at-home_door_coming-in = Los agentes están entrando sin mi permiso
agents-at-home_door_police-there = La policía de Chicago está allí con los agentes
agents-at-home_door_removal-order = Los agentes muestran un documento de un juez de inmigración, como una orden de deportación (removal order)

## Pregunta: ¿hay una orden?

agents-at-home_paper = ¿Los agentes tienen una orden (warrant)?
    .hint = { -judicial-warrant-definition } Una orden administrativa (administrative warrant) es un formulario de ICE, como el Formulario I-200 o I-205, firmado por un oficial de inmigración, no por un juez. Un documento de un juez de inmigración, como una orden de deportación (removal order), no es una orden judicial de arresto o de registro.
agents-at-home_paper_judge-signed = Sí, una orden de un tribunal federal o estatal, firmada por un juez
agents-at-home_paper_ice-form = Sí, pero es un formulario de ICE firmado por un oficial de inmigración
agents-at-home_paper_no-paper = No, o no quieren mostrarla
agents-at-home_paper_cannot-tell = No sé qué tipo de documento es

## Resultado: sin orden

agents-at-home_no-warrant = Las organizaciones de ayuda legal dicen que los agentes no pueden entrar sin una orden de un juez o sin el permiso de usted.
    .summary = Usted no tiene que abrir la puerta. Las organizaciones de ayuda legal dicen que los agentes necesitan una orden de un juez o el permiso de usted para entrar.
    .verdict = no tiene que abrir la puerta
agents-at-home_no-warrant_red-card = La "tarjeta roja" del Centro de Recursos Legales para Inmigrantes (Immigrant Legal Resource Center, ILRC) dice que no abra la puerta a los agentes de inmigración y que se niegue a dejarlos entrar si no tienen una orden de un juez. { -judicial-warrant-definition }
agents-at-home_no-warrant_constitution = La tarjeta roja basa esto en la Cuarta Enmienda de la Constitución de EE. UU. La ACLU dice que usted tiene estos derechos sin importar su estatus migratorio.
agents-at-home_no-warrant_silent = También tiene derecho a guardar silencio. La ACLU dice que usted no tiene que responder dónde nació. Tampoco tiene que decir si es ciudadano ni cómo entró a EE. UU.
agents-at-home_no-warrant_keep-closed = Mantenga la puerta cerrada. Si tiene una tarjeta roja, muéstrela por una ventana o pásela por debajo de la puerta.
agents-at-home_no-warrant_slide-warrant = Pida a los agentes que pasen cualquier orden por debajo de la puerta. Así puede leerla sin abrir la puerta.
agents-at-home_no-warrant_stay-silent = Diga en voz alta que quiere guardar silencio. No firme nada antes de hablar con un abogado.
agents-at-home_no-warrant_no-lies = No mienta y no muestre documentos falsos.
agents-at-home_no-warrant_no-resist = Si los agentes entran de todos modos, no se resista físicamente. La ACLU dice que no se resista, aunque crea que están violando sus derechos.
agents-at-home_no-warrant_write-down = Si es seguro hacerlo, anote lo que pase. Apunte la fecha, la hora, lo que dijeron los agentes y cualquier nombre o número de placa.
agents-at-home_no-warrant_icirr = Para recibir ayuda, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
agents-at-home_no-warrant_memo = Un memorando de ICE del 12 de mayo de 2025, del que informó ABC News en enero de 2026, afirma que los agentes pueden entrar a la fuerza en la casa de una persona que tiene una orden final de deportación ("final removal order"), usando el Formulario I-205 de ICE. Esta afirmación está en disputa: se cuestiona por considerarse contraria a la Cuarta Enmienda. Las noticias sobre el tema llegan hasta abril de 2026, la información más reciente que encontramos. No encontramos ninguna decisión de un tribunal sobre ella.
agents-at-home_no-warrant_police = La policía de Chicago no puede bloquear el tráfico ni dar otro apoyo en el lugar para la aplicación civil de las leyes de inmigración. { -civil-immigration-enforcement-definition }
agents-at-home_no-warrant_ice-not-bound = Las leyes de Chicago y de Illinois limitan lo que hacen la policía y los trabajadores de la Ciudad. No impiden que los agentes federales actúen por su cuenta.

## Resultado: un formulario de ICE (orden administrativa)

agents-at-home_ice-form = Las organizaciones de ayuda legal dicen que un formulario de ICE no permite que los agentes entren, pero ICE lo disputa en algunos casos.
    .summary = Un formulario de ICE firmado por un oficial de inmigración no es una orden de un juez. Las organizaciones de ayuda legal dicen que no permite que los agentes entren sin el permiso de usted, pero ICE afirma que puede entrar con el Formulario I-205 y una orden final de deportación ("final removal order").
    .verdict = necesitan más que un formulario de ICE, según las organizaciones de ayuda legal
agents-at-home_ice-form_not-judge = Los formularios como el I-200 y el I-205 los firma un oficial de inmigración. Ningún juez los aprueba. Las reglas de la policía de Chicago y la ley de Illinois los distinguen de las órdenes penales firmadas por un juez.
agents-at-home_ice-form_red-card = El Centro de Recursos Legales para Inmigrantes (Immigrant Legal Resource Center, ILRC) reparte una "tarjeta roja". Esta dice que usted puede negarse a dejar entrar a los agentes si no tienen una orden de un juez. { -judicial-warrant-definition }
agents-at-home_ice-form_memo = ABC News informó en enero de 2026 sobre un memorando de ICE del 12 de mayo de 2025. Este afirma que los agentes pueden entrar a la fuerza en una casa con el Formulario I-205 y una orden final de deportación. Dice que pueden usar la fuerza "necesaria y razonable" si se les niega la entrada.
agents-at-home_ice-form_contested = Esta afirmación está en disputa: se cuestiona por considerarse contraria a la Cuarta Enmienda de la Constitución de EE. UU. Las noticias sobre el tema llegan hasta abril de 2026, la información más reciente que encontramos. No encontramos ninguna decisión de un tribunal sobre ella.
agents-at-home_ice-form_slide-warrant = Pida a los agentes que pasen el documento por debajo de la puerta. Fíjese en el número del formulario y en quién lo firmó.
agents-at-home_ice-form_keep-closed = Mantenga la puerta cerrada. Si tiene una tarjeta roja, muéstrela por una ventana o pásela por debajo de la puerta.
agents-at-home_ice-form_stay-silent = Diga en voz alta que quiere guardar silencio. No firme nada antes de hablar con un abogado.
agents-at-home_ice-form_say-no = Diga claramente que no da permiso para que entren ni para que registren su casa.
agents-at-home_ice-form_no-resist = Si los agentes entran de todos modos, no se resista físicamente. La ACLU dice que no se resista, aunque crea que están violando sus derechos.
agents-at-home_ice-form_write-down = Si es seguro hacerlo, anote lo que pase. Apunte la fecha, la hora, lo que dijeron los agentes, cualquier nombre o número de placa, y lo que decía el documento.
agents-at-home_ice-form_icirr = Para recibir ayuda, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
agents-at-home_ice-form_final-order = El memorando trata de personas que tienen una orden final de salir de EE. UU. (una orden final de deportación, "final removal order"), que firma un juez de inmigración. Una orden de deportación no es una orden judicial de arresto o de registro (una orden de un tribunal federal o estatal). Si no está seguro de si tiene una, pregúntele a un abogado.
agents-at-home_ice-form_police = La policía de Chicago no puede bloquear el tráfico ni dar otro apoyo en el lugar para la aplicación civil de las leyes de inmigración. { -civil-immigration-enforcement-definition }
agents-at-home_ice-form_ice-not-bound = Las leyes de Chicago y de Illinois limitan lo que hacen la policía y los trabajadores de la Ciudad. No impiden que los agentes federales actúen por su cuenta.

## Resultado: una orden firmada por un juez

agents-at-home_judicial-warrant = Las organizaciones de ayuda legal dicen que una orden de un juez permite que los agentes entren.
    .summary = Una orden de un tribunal federal o estatal, firmada por un juez, permite que los agentes entren. Aun así, usted conserva el derecho a guardar silencio.
    .verdict = pueden entrar con una orden de un juez, según las organizaciones de ayuda legal
agents-at-home_judicial-warrant_red-card = El Centro de Recursos Legales para Inmigrantes (Immigrant Legal Resource Center, ILRC) reparte una "tarjeta roja". Esta niega la entrada a menos que los agentes tengan una orden de un juez. Una orden así es la excepción. { -judicial-warrant-definition }
agents-at-home_judicial-warrant_still-silent = Usted sigue teniendo derecho a guardar silencio. No tiene que firmar nada antes de hablar con un abogado.
agents-at-home_judicial-warrant_lawyer = Si lo arrestan, la ACLU dice que pida un abogado de inmediato.
agents-at-home_judicial-warrant_check-warrant = Pida a los agentes que pasen la orden por debajo de la puerta. Revise el nombre del tribunal arriba, la firma del juez y la dirección o el nombre que indica. Un documento de un juez de inmigración o de ICE no es una orden judicial de arresto o de registro.
agents-at-home_judicial-warrant_no-resist = No se resista físicamente. La ACLU dice que no corra ni se resista.
agents-at-home_judicial-warrant_stay-silent = Diga en voz alta que quiere guardar silencio. No firme nada antes de hablar con un abogado.
agents-at-home_judicial-warrant_icirr = Para recibir ayuda, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
agents-at-home_judicial-warrant_not-judge = Un formulario de ICE firmado por un oficial de inmigración, como el Formulario I-200 o I-205, no es una orden de un juez, aunque diga "warrant" (orden) arriba. Tampoco lo es una orden de deportación (removal order) firmada por un juez de inmigración.
agents-at-home_judicial-warrant_ice-not-bound = Las leyes de Chicago y de Illinois limitan lo que hacen la policía y los trabajadores de la Ciudad. No impiden que los agentes federales actúen por su cuenta.

## Resultado: no se sabe qué es el documento

agents-at-home_unclear-paper = Depende de quién firmó el documento.
    .summary = Las organizaciones de ayuda legal dicen que solo una orden de un tribunal federal o estatal, firmada por un juez, permite que los agentes entren sin el permiso de usted. ICE afirma algo más en algunos casos, y esa afirmación está en disputa.
    .verdict = necesitan una orden de un juez para entrar, según las organizaciones de ayuda legal
agents-at-home_unclear-paper_if-judge = El Centro de Recursos Legales para Inmigrantes (Immigrant Legal Resource Center, ILRC) reparte una "tarjeta roja". Esta niega la entrada a menos que los agentes tengan una orden de un juez. { -judicial-warrant-definition }
agents-at-home_unclear-paper_if-ice-form = Un formulario de ICE, como el Formulario I-200 o I-205, lo firma un oficial de inmigración. Una orden de deportación (removal order) la firma un juez de inmigración. Las reglas de la policía de Chicago y la ley de Illinois distinguen estos documentos de una orden penal firmada por un juez.
agents-at-home_unclear-paper_memo = ABC News informó en enero de 2026 sobre un memorando de ICE del 12 de mayo de 2025. Este afirma que los agentes pueden entrar a la fuerza en una casa con el Formulario I-205 y una orden final de deportación. Esta afirmación está en disputa. Las noticias sobre el tema llegan hasta abril de 2026, la información más reciente que encontramos. No encontramos ninguna decisión de un tribunal sobre ella.
agents-at-home_unclear-paper_check-paper = Pida a los agentes que pasen el documento por debajo de la puerta. Una orden de un juez lleva arriba el nombre de un tribunal, como un Tribunal de Distrito de EE. UU. (U.S. District Court) o un tribunal de circuito de Illinois (circuit court), y la firma de un juez. Un formulario de ICE tiene un número de formulario, como I-200 o I-205, dice "Department of Homeland Security" (Departamento de Seguridad Nacional) arriba y tiene la firma de un oficial de inmigración.
agents-at-home_unclear-paper_keep-closed = Mantenga la puerta cerrada mientras lo revisa. Si tiene una tarjeta roja, muéstrela por una ventana o pásela por debajo de la puerta.
agents-at-home_unclear-paper_stay-silent = Diga en voz alta que quiere guardar silencio. No firme nada antes de hablar con un abogado.
agents-at-home_unclear-paper_no-resist = Si los agentes entran de todos modos, no se resista físicamente. La ACLU dice que no se resista, aunque crea que están violando sus derechos.
agents-at-home_unclear-paper_icirr = Para recibir ayuda, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
agents-at-home_unclear-paper_police = La policía de Chicago no puede bloquear el tráfico ni dar otro apoyo en el lugar para la aplicación civil de las leyes de inmigración. { -civil-immigration-enforcement-definition }
agents-at-home_unclear-paper_ice-not-bound = Las leyes de Chicago y de Illinois limitan lo que hacen la policía y los trabajadores de la Ciudad. No impiden que los agentes federales actúen por su cuenta.

## Resultado: los agentes están entrando sin permiso

agents-at-home_forced-entry = Si los agentes pueden entrar o no depende de su orden. En cualquier caso, no se resista.
    .summary = No se resista: una puerta cerrada o una tarjeta roja no pueden detener físicamente a los agentes. Guarde silencio y, si cree que violaron sus derechos, hable con un abogado después.
    .verdict = necesitan una orden de un juez, según las organizaciones de ayuda legal; ICE lo disputa
agents-at-home_forced-entry_need-warrant = El Centro de Recursos Legales para Inmigrantes (Immigrant Legal Resource Center, ILRC) reparte una "tarjeta roja". Esta dice que usted puede negarse a dejar entrar a los agentes si no tienen una orden de un juez. { -judicial-warrant-definition }
agents-at-home_forced-entry_memo = ABC News informó en enero de 2026 sobre un memorando de ICE del 12 de mayo de 2025. Este afirma que los agentes pueden entrar a la fuerza en una casa con el Formulario I-205 de ICE y una orden final de deportación. Esta afirmación está en disputa: se cuestiona por considerarse contraria a la Cuarta Enmienda. Las noticias sobre el tema llegan hasta abril de 2026, la información más reciente que encontramos. No encontramos ninguna decisión de un tribunal sobre ella.
agents-at-home_forced-entry_no-resist = La ACLU dice que no corra, no discuta y no se resista, aunque crea que están violando sus derechos.
agents-at-home_forced-entry_say-no = Diga claramente: "No doy permiso para que entren ni para que registren". Luego mantenga la calma.
agents-at-home_forced-entry_stay-silent = Diga en voz alta que quiere guardar silencio. No firme nada antes de hablar con un abogado.
agents-at-home_forced-entry_write-down = En cuanto pueda, anote lo que pasó. Apunte la fecha, la hora, cuántos agentes vinieron, cualquier nombre o número de placa, y cualquier documento que mostraron.
agents-at-home_forced-entry_icirr = Para recibir ayuda, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
agents-at-home_forced-entry_bivens = Una ley de Illinois de 2025, la Ley Bivens de Illinois (Illinois Bivens Act), permite que las personas demanden por violaciones de sus derechos durante la aplicación civil de las leyes de inmigración, incluso a agentes federales. Según informes de prensa, el Departamento de Justicia de EE. UU. demandó para frenarla el 22 de diciembre de 2025. Hasta principios de enero de 2026, la noticia más reciente que encontramos, no había ninguna decisión.
agents-at-home_forced-entry_police = La policía de Chicago no puede bloquear el tráfico ni dar otro apoyo en el lugar para la aplicación civil de las leyes de inmigración. { -civil-immigration-enforcement-definition }
agents-at-home_forced-entry_ice-not-bound = Las leyes de Chicago y de Illinois limitan lo que hacen la policía y los trabajadores de la Ciudad. No impiden que los agentes federales actúen por su cuenta.

## Resultado: la policía de Chicago está allí

agents-at-home_police-role = La policía de Chicago no puede ayudar a los agentes en un arresto de inmigración.
    .summary = La policía de Chicago no puede participar en la aplicación civil de las leyes de inmigración. Sigue respondiendo a emergencias y a delitos.
    .verdict = no puede ayudar en el arresto de inmigración
agents-at-home_police-role_city-law = La { -wco } (Welcoming City Ordinance) de Chicago dice que las agencias y los trabajadores de la Ciudad, incluida la policía, no pueden participar en la aplicación civil de las leyes de inmigración. Tampoco pueden ayudar con ella a los agentes federales. { -civil-immigration-enforcement-definition }
agents-at-home_police-role_no-support = La policía no puede montar un perímetro de tráfico ni dar ningún otro apoyo en el lugar para un operativo migratorio civil.
agents-at-home_police-role_no-arrest = La policía no puede detener, arrestar ni retener a nadie solo porque cree que la persona está en EE. UU. sin permiso o que violó una regla civil de inmigración. La ley de Illinois dice lo mismo para la policía de cualquier parte del estado.
agents-at-home_police-role_state-help = La { -trust } también limita a la policía de cualquier parte de Illinois. La guía de 2025 del Procurador General de Illinois dice que la policía no puede ayudar a los agentes de inmigración "de ninguna manera". Las excepciones son cuando los agentes tienen una orden penal o cuando una ley federal lo exige de forma específica.
agents-at-home_police-role_your-rights = Sus propios derechos no cambian. Las organizaciones de ayuda legal dicen que mantenga la puerta cerrada, que pida ver cualquier orden por debajo de la puerta y que guarde silencio.
agents-at-home_police-role_witness = Si es seguro hacerlo, anote la fecha, la hora y el lugar, y cualquier número de placa de policía o de patrulla.
agents-at-home_police-role_report-copa = Si un oficial de la policía de Chicago ayudó en el arresto de inmigración, puede reportarlo ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
agents-at-home_police-role_report-oig = Puede reportar a un empleado de la Ciudad que no cumplió la ordenanza ante la Oficina del Inspector General de la Ciudad.
agents-at-home_police-role_icirr = Si agentes de inmigración arrestan a alguien, para recibir ayuda llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
agents-at-home_police-role_emergency = La policía todavía puede responder a una llamada al 911 o actuar ante un delito, sea cual sea el estatus migratorio de cualquier persona. La guía de 2025 del Procurador General de Illinois dice que la ley estatal no impide que la policía haga su trabajo en investigaciones penales.
agents-at-home_police-role_criminal-warrant = La guía del Procurador General también dice que la prohibición estatal de ayudar a los agentes de inmigración no se aplica cuando los agentes tienen una orden penal.
agents-at-home_police-role_supervisor = Según un informe de prensa de CBS News Chicago de 2021, la ordenanza actualizada establece que un(a) supervisor(a) de la policía apruebe cualquier solicitud de ayuda de los agentes de inmigración.
agents-at-home_police-role_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.
agents-at-home_removal-order = Una orden de deportación no es una orden judicial de arresto o de registro. ICE afirma que puede entrar con el Formulario I-205 junto con una orden final de deportación; esa afirmación está en disputa. No se resista.
    .summary = Un documento de un juez de inmigración, como una orden de deportación (removal order), no es una orden judicial de arresto o de registro. Pero ICE afirma que puede entrar en una casa con el Formulario I-205 y una orden final de deportación ("final removal order"): no se resista, guarde silencio y pida ayuda.
    .verdict = afirman poder entrar con el I-205 y una orden final de deportación (en disputa)
agents-at-home_removal-order_not-judicial = { -judicial-warrant-definition } Las reglas de la policía de Chicago consideran una orden de deportación como una "orden administrativa" (administrative warrant): un documento de inmigración, no una orden penal emitida por un juez. La ley de Illinois llama "órdenes migratorias civiles" (civil immigration warrants) a los formularios de ICE como el I-205.
agents-at-home_removal-order_memo = ABC News informó en enero de 2026 sobre un memorando de ICE del 12 de mayo de 2025. Este afirma que los agentes pueden entrar a la fuerza en la casa de una persona que tiene una orden final de deportación, usando el Formulario I-205 de ICE (una "warrant of removal", es decir, una orden para llevar a cabo la deportación, firmada por un oficial de inmigración). Dice que pueden usar la fuerza "necesaria y razonable" si se les niega la entrada.
agents-at-home_removal-order_contested = Esta afirmación está en disputa: se cuestiona por considerarse contraria a la Cuarta Enmienda de la Constitución de EE. UU. Las noticias sobre el tema llegan hasta abril de 2026, la información más reciente que encontramos. No encontramos ninguna decisión de un tribunal sobre ella.
agents-at-home_removal-order_no-resist = No se resista físicamente, aunque crea que la entrada es ilegal. La ACLU dice que no corra, no discuta y no se resista.
agents-at-home_removal-order_stay-silent = Diga en voz alta que quiere guardar silencio. No firme nada antes de hablar con un abogado.
agents-at-home_removal-order_say-no = Diga claramente: "No doy permiso para que entren ni para que registren". Luego mantenga la calma.
agents-at-home_removal-order_write-down = En cuanto sea seguro, anote lo que pasó: la fecha, la hora, cuántos agentes vinieron, cualquier nombre o número de placa, y lo que decían los documentos. Guarde cualquier copia que le den.
agents-at-home_removal-order_icirr = Para recibir ayuda, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
agents-at-home_removal-order_lawyer = El memorando trata de personas que tienen una orden final de salir de EE. UU. Si no está seguro de si usted o alguien en su casa tiene una, pregúntele a un abogado.
agents-at-home_removal-order_ice-not-bound = La { -wco } (Welcoming City Ordinance) de Chicago y la { -trust } limitan lo que hacen la policía y los trabajadores de la Ciudad. No impiden que los agentes federales actúen por su cuenta.
