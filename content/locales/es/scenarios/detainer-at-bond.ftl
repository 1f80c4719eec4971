# S4: una persona arrestada por un delito puede salir libre, e ICE envió una solicitud de detención (Formulario I-247A).
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; sin copiar el texto de las leyes; cada afirmación tiene su cita en el .toml.

scenario_detainer-at-bond = Una persona arrestada por un delito puede irse a casa, pero ICE envió una solicitud de detención
    .summary = Por ejemplo, la persona ya cumplió las condiciones para salir libre. Pero ICE envió el Formulario I-247A para pedir que la policía o la cárcel la siga reteniendo.

## Pregunta: ¿también hay una orden penal de un juez?

detainer-at-bond_warrant = Además de los documentos de ICE, ¿hay una orden penal firmada por un juez contra esta persona?
    .hint = Una solicitud de detención migratoria ("detainer", Formulario I-247A) es una petición por escrito de ICE. Le pide a una cárcel o a un departamento de policía que retenga a alguien, o que le avise a ICE cuándo van a dejar libre a la persona. Un juez no la firma. { -judicial-warrant-definition }
detainer-at-bond_warrant_detainer-only = No. Solo hay documentos de ICE, como la solicitud de detención o un formulario de orden de ICE
detainer-at-bond_warrant_judge-warrant = Sí, hay una orden penal firmada por un juez
detainer-at-bond_warrant_not-sure = No lo sé

## Pregunta: ¿la persona podría irse si no fuera por eso?

detainer-at-bond_release = Aparte de la solicitud de ICE, ¿la persona puede irse?
    .hint = Por ejemplo, un juez ordenó que la dejaran libre, la persona cumplió las condiciones fijadas para salir libre, o se retiraron los cargos.
detainer-at-bond_release_free-to-go = Sí. Se iría a casa ahora si ICE no hubiera enviado la solicitud de detención
detainer-at-bond_release_still-held = No. Todavía está retenida por su caso penal

## Resultado: puede irse, solo hay documentos de ICE

detainer-at-bond_must-release = Hay que dejar libre a la persona como de costumbre. La policía no puede retenerla para ICE.
    .summary = Una solicitud de detención migratoria ("detainer") es una petición por escrito de ICE que ningún juez firma. En Illinois, la policía y las cárceles no pueden mantener encerrado a nadie solo porque ICE envió una.
    .verdict = deben dejar libre a la persona como de costumbre, no retenerla para ICE
detainer-at-bond_must-release_state-law = La { -trust } dice que la policía no puede retener ni seguir reteniendo a nadie solo por una solicitud de detención o por una "orden migratoria civil" (civil immigration warrant): un documento de inmigración que ningún juez aprobó. Tampoco puede cumplirlas de ninguna otra forma.
detainer-at-bond_must-release_city-law = La { -wco } (Welcoming City Ordinance) de Chicago dice que la policía de la Ciudad no puede seguir reteniendo a nadie por una solicitud de detención migratoria.
detainer-at-bond_must-release_no-transfer = La policía de Chicago tampoco puede entregar a nadie a ICE solo para la aplicación civil de las leyes de inmigración. { -civil-immigration-enforcement-definition }
detainer-at-bond_must-release_only-request = La guía de 2025 del Procurador General de Illinois dice que las solicitudes de ICE son solicitudes, no órdenes. Dice que ninguna ley federal obliga a la policía de Illinois a ayudar en la aplicación de las leyes de inmigración.
detainer-at-bond_must-release_officer = Si usted es oficial: deje libre a la persona de la misma forma en que dejaría libre a cualquier otra. Pregúntele a un(a) supervisor(a) si tiene dudas.
detainer-at-bond_must-release_lawyer = Si tienen retenido a un familiar suyo, pida un abogado. La línea de First Defense Legal Aid pone a las personas en contacto con ayuda legal gratuita después de un arresto, las 24 horas del día.
detainer-at-bond_must-release_pd-immigration = Si la persona tiene un caso penal en el Condado de Cook, la Defensoría Pública del Condado de Cook tiene una División de Inmigración.
detainer-at-bond_must-release_icirr = Si ICE arresta a alguien de su familia, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
detainer-at-bond_must-release_report-copa = Puede reportar a un oficial de la policía de Chicago que retuvo a alguien para ICE ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
detainer-at-bond_must-release_report-ag = En el caso de la policía o las cárceles de cualquier parte de Illinois, también puede comunicarse con la línea de Derechos Civiles del Procurador General de Illinois.
detainer-at-bond_must-release_good-faith = La ley estatal protege a un oficial o a una agencia que, de buena fe, deja libre a una persona que tiene una solicitud de detención. No se le puede responsabilizar legalmente por dejarla libre, salvo por una mala conducta grave que la ley llama "intencional o temeraria" ("willful or wanton").
detainer-at-bond_must-release_no-release-date = La policía de la Ciudad tampoco puede dedicar tiempo a responderle a ICE sobre la custodia o la fecha de salida de una persona. La guía de 2025 del Procurador General de Illinois dice que la policía de cualquier parte de Illinois no puede compartir información sobre las personas bajo custodia con las autoridades de inmigración.
detainer-at-bond_must-release_county-jail = Si la persona está en la Cárcel del Condado de Cook (Cook County Jail), quien la dirige es el Sheriff, no la Ciudad. La regla estatal que prohíbe retener a alguien solo por una solicitud de detención también se aplica allí.
detainer-at-bond_must-release_cook-rule = El Condado de Cook tiene su propia regla sobre las solicitudes de detención de ICE. La leímos tal como aparece en una propuesta de la Junta del Condado (County Board) de 2023. Le indica al Sheriff que rechace las solicitudes de detención a menos que ICE acepte por escrito pagar el costo total. También prohíbe gastar dinero del Condado en solicitudes de detención. En cualquier caso, la ley estatal no permite que la cárcel retenga a nadie solo por una solicitud de detención.
detainer-at-bond_must-release_reports = Cada agencia de policía de Illinois informa cada año al Procurador General sobre las solicitudes de detención que recibió. El informe dice si cada persona fue dejada libre o transferida, y no da ningún nombre. El Inspector General de la Ciudad dice que la policía de Chicago también le informa a él y a la Oficina del Alcalde cada tres meses.
detainer-at-bond_must-release_ice-not-bound = Estas leyes limitan lo que hacen la policía y las cárceles de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.

## Resultado: sigue retenida por el caso penal

detainer-at-bond_held-for-case = Se puede retener a la persona por el caso penal, pero no para ICE.
    .summary = La persona puede quedar retenida por el caso penal. Una solicitud de detención de ICE, una petición por escrito que ningún juez firma, no agrega tiempo: cuando el caso permita que la persona salga libre, se la deja libre como de costumbre.
    .verdict = pueden retener a la persona por el caso penal, no para ICE
detainer-at-bond_held-for-case_case-hold = La { -trust } prohíbe retener a alguien solo por una solicitud de detención. Retener a alguien por su caso penal es otro asunto.
detainer-at-bond_held-for-case_no-extra = La solicitud de detención no puede agregar tiempo. Una vez que la persona pueda salir libre, la policía no puede seguir reteniéndola por esa solicitud. La { -wco } (Welcoming City Ordinance) de Chicago dice lo mismo para la policía de la Ciudad.
detainer-at-bond_held-for-case_no-transfer = La policía de Chicago no puede entregar a nadie a ICE solo para la aplicación civil de las leyes de inmigración. { -civil-immigration-enforcement-definition }
detainer-at-bond_held-for-case_officer = Si usted es oficial: trate la solicitud de detención como si no agregara nada. Cuando la persona pueda salir libre, déjela libre como de costumbre.
detainer-at-bond_held-for-case_lawyer = Si tienen retenido a un familiar suyo, pida un abogado. La línea de First Defense Legal Aid pone a las personas en contacto con ayuda legal gratuita después de un arresto, las 24 horas del día.
detainer-at-bond_held-for-case_pd-immigration = Si la persona tiene un caso penal en el Condado de Cook, la Defensoría Pública del Condado de Cook tiene una División de Inmigración.
detainer-at-bond_held-for-case_icirr = Si ICE arresta a alguien de su familia, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
detainer-at-bond_held-for-case_no-access = La policía de Chicago no puede dejar que los agentes de ICE se comuniquen con una persona que la policía tiene retenida, ni siquiera por teléfono. La guía de 2025 del Procurador General de Illinois dice lo mismo para la policía de cualquier parte de Illinois.
detainer-at-bond_held-for-case_no-release-date = La policía de la Ciudad tampoco puede dedicar tiempo a responderle a ICE sobre la custodia o la fecha de salida de una persona.
detainer-at-bond_held-for-case_county-jail = Si la persona está en la Cárcel del Condado de Cook (Cook County Jail), quien la dirige es el Sheriff, no la Ciudad. La regla estatal que prohíbe retener a alguien solo por una solicitud de detención también se aplica allí.
detainer-at-bond_held-for-case_cook-rule = El Condado de Cook tiene su propia regla sobre las solicitudes de detención de ICE. La leímos tal como aparece en una propuesta de la Junta del Condado (County Board) de 2023. Le indica al Sheriff que rechace las solicitudes de detención a menos que ICE acepte por escrito pagar el costo total. También prohíbe gastar dinero del Condado en solicitudes de detención. En cualquier caso, la ley estatal no permite que la cárcel retenga a nadie solo por una solicitud de detención.
detainer-at-bond_held-for-case_reports = Cada agencia de policía de Illinois informa cada año al Procurador General sobre las solicitudes de detención que recibió. El informe dice si cada persona fue dejada libre o transferida, y no da ningún nombre. El Inspector General de la Ciudad dice que la policía de Chicago también le informa a él y a la Oficina del Alcalde cada tres meses.

## Resultado: también hay una orden penal de un juez

detainer-at-bond_criminal-warrant = La policía puede actuar con base en la orden penal del juez. La solicitud de detención de ICE sigue sin agregar nada.
    .summary = Una orden penal firmada por un juez es una razón legal aparte para retener a alguien. Una solicitud de detención migratoria, una petición por escrito de ICE que ningún juez firma, no lo es.
    .verdict = pueden actuar con base en la orden del juez, no en la solicitud de detención
detainer-at-bond_criminal-warrant_not-civil = La ley de Illinois dice que una "orden migratoria civil" no incluye ninguna orden penal.
detainer-at-bond_criminal-warrant_not-administrative = Las propias reglas del Departamento de Policía de Chicago dicen que una orden penal, emitida por un juez que encontró causa probable, no es una "orden administrativa" (administrative warrant). Una orden administrativa es un documento de inmigración, como un formulario de ICE, que ningún juez firmó.
detainer-at-bond_criminal-warrant_ag-exception = La guía de 2025 del Procurador General de Illinois dice que la prohibición estatal de ayudar a los agentes de inmigración no se aplica cuando los agentes tienen una orden penal.
detainer-at-bond_criminal-warrant_detainer-still = La solicitud de detención en sí sigue sin ser una razón para retener a nadie, tanto según la ley estatal como según la ley de la Ciudad.
detainer-at-bond_criminal-warrant_officer = Si usted es oficial: revise la orden. { -judicial-warrant-definition } CBS News Chicago informó el 27 de enero de 2021 que un(a) supervisor(a) debe aprobar cualquier solicitud de ayuda de los agentes de inmigración, así que llame a un(a) supervisor(a).
detainer-at-bond_criminal-warrant_lawyer = Si tienen retenido a un familiar suyo, pida un abogado. La línea de First Defense Legal Aid pone a las personas en contacto con ayuda legal gratuita después de un arresto, las 24 horas del día.
detainer-at-bond_criminal-warrant_pd-immigration = Si la persona tiene un caso penal en el Condado de Cook, la Defensoría Pública del Condado de Cook tiene una División de Inmigración.
detainer-at-bond_criminal-warrant_no-transfer = Aun así, la policía de Chicago no puede entregar a nadie a ICE solo para la aplicación civil de las leyes de inmigración.
detainer-at-bond_criminal-warrant_ice-not-bound = Estas leyes limitan lo que hacen la policía y las cárceles de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.

## Resultado: no se sabe si hay una orden de un juez

detainer-at-bond_unclear-warrant = Depende de si hay una orden penal firmada por un juez.
    .summary = Los documentos de ICE por sí solos, como una solicitud de detención o un formulario de orden de ICE, no son una razón para retener a nadie. Una orden penal firmada por un juez sí lo es.
    .verdict = pueden retener solo con una orden penal de un juez
detainer-at-bond_unclear-warrant_if-ice-paper = Los documentos de ICE incluyen la solicitud de detención (Formulario I-247A) y los formularios de orden de ICE, como el Formulario I-200 o I-205. Si solo hay documentos de ICE, la policía no puede retener a la persona por ellos.
detainer-at-bond_unclear-warrant_if-judge = Si hay una orden penal firmada por un juez, la policía puede actuar con base en ella.
detainer-at-bond_unclear-warrant_check-records = La ley de Illinois permite que los oficiales consulten a otra agencia de policía para saber si un registro en una base de datos de la policía es civil o penal.
detainer-at-bond_unclear-warrant_officer = Si usted es oficial: revise los documentos. Busque arriba el nombre de un tribunal y la firma de un juez. La solicitud de detención no es una razón para retener a la persona mientras usted revisa. CBS News Chicago informó el 27 de enero de 2021 que un(a) supervisor(a) debe aprobar cualquier solicitud de ayuda de los agentes de inmigración, así que llame a un(a) supervisor(a).
detainer-at-bond_unclear-warrant_lawyer = Si tienen retenido a un familiar suyo, pida un abogado. La línea de First Defense Legal Aid pone a las personas en contacto con ayuda legal gratuita después de un arresto, las 24 horas del día.
detainer-at-bond_unclear-warrant_icirr = Si ICE arresta a alguien de su familia, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
detainer-at-bond_unclear-warrant_good-faith = La ley estatal protege a un oficial o a una agencia que, de buena fe, deja libre a una persona que tiene una solicitud de detención. No se le puede responsabilizar legalmente por dejarla libre, salvo por una mala conducta grave que la ley llama "intencional o temeraria" ("willful or wanton").
detainer-at-bond_unclear-warrant_ice-not-bound = Estas leyes limitan lo que hacen la policía y las cárceles de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.
