# S11: una persona tiene que ir a una audiencia en un tribunal del estado de Illinois.
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; sin copiar el texto de las leyes; cada afirmación tiene su cita en el .toml.
# El Art. 10 de la P.A. 104-0440 se conoce por informes de prensa (Jurist, MALDEF): se atribuye, y se dice
# que está impugnado en los tribunales (demanda del DOJ del 22 de dic. de 2025; sin decisión a enero de 2026).

scenario_courthouse-arrest = Usted tiene que ir a una audiencia en un tribunal de Illinois
    .summary = Por ejemplo, usted tiene un caso, es testigo o va a acompañar a alguien. Le preocupa un arresto de inmigración en el tribunal o cerca de él.

## Pregunta: ¿por qué va al tribunal?

courthouse-arrest_role = ¿Por qué va al tribunal?
    .hint = Esto trata de los tribunales del estado de Illinois, como los tribunales del Condado de Cook. Una "parte" es uno de los lados de un caso. Por ejemplo, la persona que demandó, a la que demandaron o a la que acusaron de un delito.
courthouse-arrest_role_party = Tengo un caso allí (soy una parte)
courthouse-arrest_role_witness = Soy testigo
courthouse-arrest_role_with-someone = Voy a acompañar a alguien que tiene un caso o que es testigo
courthouse-arrest_role_other = Por otro motivo

## Pregunta: ¿qué tipo de arresto?

courthouse-arrest_arrest = ¿Qué tipo de arresto le preocupa?
    .hint = Un arresto civil es uno que no es por un delito. { -civil-immigration-enforcement-definition } { -judicial-warrant-definition } Un formulario de ICE, como el Formulario I-200 o I-205, está firmado por un oficial de inmigración, no por un juez.
courthouse-arrest_arrest_immigration = Un arresto de inmigración sin una orden de un juez
courthouse-arrest_arrest_judge-order = Un arresto con una orden firmada por un juez
courthouse-arrest_arrest_crime = Un arresto por un delito
courthouse-arrest_arrest_not-sure = No estoy seguro

## Resultado: protegido (arresto migratorio civil, sin orden de un juez)

courthouse-arrest_protected = Según los informes de prensa, la ley de Illinois prohíbe este arresto. La ley está impugnada en los tribunales.
    .summary = Los informes de prensa dicen que una ley de Illinois de 2025 prohíbe los arrestos civiles, incluidos los arrestos de inmigración sin una orden de un juez, de personas que van a un tribunal. El Departamento de Justicia de EE. UU. está impugnando la ley en los tribunales.
    .verdict = no pueden hacer este arresto según una ley de Illinois de 2025, dicen los informes; la ley está impugnada
courthouse-arrest_protected_who = Jurist, un servicio de noticias legales, informó que la ley protege a las partes, a los testigos y a las personas que los acompañan al tribunal.
courthouse-arrest_protected_where = Jurist informó que la ley cubre el edificio del tribunal, la zona a menos de 1,000 pies (unos 305 metros) de él, y el camino de ida y vuelta al tribunal.
courthouse-arrest_protected_what = Los informes de prensa sobre la ley dicen que prohíbe los arrestos civiles, incluidos los arrestos de inmigración sin una orden de un juez. Dicen que no prohíbe los arrestos por delitos.
courthouse-arrest_protected_challenge = Según informes de prensa, el Departamento de Justicia de EE. UU. demandó a Illinois por esta ley el 22 de diciembre de 2025. Argumenta que un estado no puede regular a los oficiales federales. Hasta principios de enero de 2026, la noticia más reciente que encontramos, no había ninguna decisión.
courthouse-arrest_protected_lawyer = Antes de la fecha de su audiencia, puede consultar a un abogado sobre su caso y su situación migratoria. Si usted tiene un caso penal en el Condado de Cook, la Defensoría Pública del Condado de Cook tiene una División de Inmigración. Un testigo, o alguien que acompaña a una persona al tribunal, debe consultar a su propio abogado o llamar a la Línea de Apoyo Familiar de ICIRR.
courthouse-arrest_protected_rights = Si los agentes lo detienen, usted puede guardar silencio y preguntar si es libre de irse, según las organizaciones de ayuda legal. No firme nada antes de hablar con un abogado.
courthouse-arrest_protected_no-resist = No corra ni se resista físicamente, aunque crea que el arresto viola esta ley. La ACLU dice que no se resista, aunque estén violando sus derechos.
courthouse-arrest_protected_witness = Si ve un arresto en un tribunal o cerca de él, anote la fecha, la hora y el lugar, y lo que pasó.
courthouse-arrest_protected_icirr = Si agentes de inmigración arrestan a alguien, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
courthouse-arrest_protected_damages = Jurist informó que una persona arrestada en violación de la ley puede demandar. La ley fija una indemnización de al menos $10,000, más una indemnización por detención ilegal (false imprisonment), es decir, por haber sido retenida sin base legal.
courthouse-arrest_protected_immigration-court = La corte de inmigración la maneja el gobierno federal. No es un tribunal de Illinois. No pudimos confirmar si esta ley la cubre.
courthouse-arrest_protected_police = Aparte de esto, la guía de 2025 del Procurador General de Illinois dice que la policía de cualquier parte de Illinois no puede ayudar a los agentes de inmigración "de ninguna manera". Las excepciones son cuando los agentes tienen una orden penal o cuando una ley federal lo exige de forma específica.

## Resultado: un arresto por un delito, o uno que ordenó un juez

courthouse-arrest_not-barred = Según los informes de prensa, la ley sobre los tribunales no prohíbe los arrestos por delitos ni los arrestos que ordenó un juez.
    .summary = Los informes de prensa dicen que la ley de Illinois de 2025 sobre los tribunales cubre los arrestos civiles hechos sin una orden de un juez. No prohíbe los arrestos por un delito ni los arrestos que ordenó un juez.
    .verdict = la ley sobre los tribunales no les prohíbe los arrestos por un delito ni con una orden de un juez
courthouse-arrest_not-barred_civil-only = Los informes de prensa sobre la Ley Pública 104-0440 dicen que prohíbe los arrestos civiles hechos sin una orden de un juez. Dicen que no prohíbe los arrestos por delitos.
courthouse-arrest_not-barred_ice-form = Un formulario de ICE, como el Formulario I-200 o I-205, no es una orden de un juez. La ley de Illinois describe estos formularios como documentos de inmigración que ningún juez aprobó. { -judicial-warrant-definition }
# TODO(translate)
courthouse-arrest_not-barred_removal-order = An order from an immigration judge, such as a removal order, is not a judge's warrant. Chicago police rules count a removal order as an "administrative warrant". We could not confirm how the courthouse law treats it. Ask a lawyer.
courthouse-arrest_not-barred_challenge = Según informes de prensa, el Departamento de Justicia de EE. UU. demandó a Illinois por la ley sobre los tribunales el 22 de diciembre de 2025. Hasta principios de enero de 2026, la noticia más reciente que encontramos, no había ninguna decisión.
courthouse-arrest_not-barred_rights = Si lo arrestan, la ACLU dice que usted puede guardar silencio y que debe pedir un abogado de inmediato. No corra ni se resista.
courthouse-arrest_not-barred_lawyer = Si a usted o a alguien que conoce lo arrestan por un delito, pida un abogado. La línea de First Defense Legal Aid pone a las personas en contacto con ayuda legal gratuita después de un arresto, las 24 horas del día.
courthouse-arrest_not-barred_icirr = Si agentes de inmigración arrestan a alguien, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
courthouse-arrest_not-barred_status = La policía en Illinois no puede detener, arrestar, registrar ni retener a nadie solo por su ciudadanía o su estatus migratorio.
courthouse-arrest_not-barred_immigration-court = La corte de inmigración la maneja el gobierno federal. No es un tribunal de Illinois. No pudimos confirmar si la ley sobre los tribunales la cubre.

## Resultado: no se sabe qué tipo de arresto

courthouse-arrest_unclear-arrest = Depende del tipo de arresto.
    .summary = Los informes de prensa dicen que la ley de Illinois de 2025 sobre los tribunales prohíbe los arrestos civiles de personas que van a un tribunal, incluidos los arrestos de inmigración sin una orden de un juez, pero no los arrestos por delitos. La ley está impugnada en los tribunales.
    .verdict = no pueden hacer aquí un arresto civil sin una orden de un juez, dicen los informes; los arrestos por delitos no están prohibidos
courthouse-arrest_unclear-arrest_civil = Los informes de prensa sobre la Ley Pública 104-0440 dicen que prohíbe los arrestos civiles de las partes, los testigos y las personas que los acompañan. Esto incluye los arrestos de inmigración sin una orden de un juez.
courthouse-arrest_unclear-arrest_crime = Los mismos informes dicen que la ley no prohíbe los arrestos por delitos.
courthouse-arrest_unclear-arrest_ice-form = Un formulario de ICE, como el Formulario I-200 o I-205, no es una orden de un juez. La ley de Illinois describe estos formularios como documentos de inmigración que ningún juez aprobó.
courthouse-arrest_unclear-arrest_challenge = Según informes de prensa, el Departamento de Justicia de EE. UU. demandó a Illinois por esta ley el 22 de diciembre de 2025. Hasta principios de enero de 2026, la noticia más reciente que encontramos, no había ninguna decisión.
courthouse-arrest_unclear-arrest_rights = Si los agentes lo detienen, usted puede guardar silencio y preguntar si es libre de irse, según las organizaciones de ayuda legal. No firme nada antes de hablar con un abogado.
courthouse-arrest_unclear-arrest_lawyer = Antes de la fecha de su audiencia, puede consultar a un abogado sobre su caso y su situación migratoria. Si usted tiene un caso penal en el Condado de Cook, la Defensoría Pública del Condado de Cook tiene una División de Inmigración. Un testigo, o alguien que acompaña a una persona al tribunal, debe consultar a su propio abogado o llamar a la Línea de Apoyo Familiar de ICIRR.
courthouse-arrest_unclear-arrest_icirr = Si agentes de inmigración arrestan a alguien, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
courthouse-arrest_unclear-arrest_immigration-court = La corte de inmigración la maneja el gobierno federal. No es un tribunal de Illinois. No pudimos confirmar si la ley sobre los tribunales la cubre.
courthouse-arrest_unclear-arrest_police = Aparte de esto, la guía de 2025 del Procurador General de Illinois dice que la policía de cualquier parte de Illinois no puede ayudar a los agentes de inmigración "de ninguna manera". Las excepciones son cuando los agentes tienen una orden penal o cuando una ley federal lo exige de forma específica.

## Resultado: en el tribunal por otro motivo

courthouse-arrest_other-reason = Según los informes de prensa, esta ley protege a las personas que van al tribunal por un caso, y a las personas que las acompañan.
    .summary = Si usted está en un tribunal por otro motivo, es posible que la ley de Illinois de 2025 sobre los tribunales no lo cubra. Sus propios derechos siguen aplicándose.
    .verdict = es posible que la ley sobre los tribunales no lo cubra a usted
courthouse-arrest_other-reason_who = Jurist, un servicio de noticias legales, informó que la Ley Pública 104-0440 protege a las partes, a los testigos y a las personas que los acompañan al tribunal.
courthouse-arrest_other-reason_own-rights = Sus propios derechos no dependen de esta ley. Las organizaciones de ayuda legal dicen que usted puede guardar silencio y preguntar si es libre de irse.
courthouse-arrest_other-reason_challenge = Según informes de prensa, el Departamento de Justicia de EE. UU. demandó a Illinois por esta ley el 22 de diciembre de 2025. Hasta principios de enero de 2026, la noticia más reciente que encontramos, no había ninguna decisión.
courthouse-arrest_other-reason_rights = Si los agentes lo detienen, diga que quiere guardar silencio y pregunte: "¿Soy libre de irme?". No firme nada antes de hablar con un abogado.
courthouse-arrest_other-reason_icirr = Si agentes de inmigración arrestan a alguien, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
courthouse-arrest_other-reason_police = La guía de 2025 del Procurador General de Illinois dice que la policía de cualquier parte de Illinois no puede ayudar a los agentes de inmigración "de ninguna manera". Las excepciones son cuando los agentes tienen una orden penal o cuando una ley federal lo exige de forma específica.
