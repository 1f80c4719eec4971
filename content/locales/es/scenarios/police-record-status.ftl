# Si la policía de Chicago pregunta, anota o comparte el estatus migratorio de una persona.
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; sin copiar el texto de las leyes; cada afirmación tiene su cita en el .toml.

scenario_police-record-status = ¿La policía de Chicago pregunta, anota o comparte el estatus migratorio?
    .summary = Por ejemplo, usted quiere saber si hablar con la policía podría dejar su estatus migratorio en un registro. O quiere saber si podría llegar a los agentes de inmigración.

## Pregunta: ¿qué quiere saber?

police-record-status_concern = ¿Qué quiere saber?
    .hint = La ciudadanía o el estatus migratorio quiere decir si una persona es ciudadana, y si tiene permiso para estar en EE. UU. y de qué tipo. ICE (Servicio de Inmigración y Control de Aduanas) es la agencia federal que hace cumplir las leyes de inmigración dentro del país.
police-record-status_concern_asking = Si la policía puede preguntar por mi estatus
police-record-status_concern_records = Si la policía puede anotar o guardar mi estatus
police-record-status_concern_sharing = Si la policía puede compartir mi estatus
police-record-status_concern_databases = Si los agentes de inmigración pueden entrar a las bases de datos de la policía o de la Ciudad

## Pregunta: ¿por qué se compartiría?

police-record-status_reason = ¿Por qué lo compartiría la policía?
    .hint = { -judicial-warrant-definition } Un formulario de ICE firmado por un oficial de inmigración no es una orden judicial de arresto o de registro.
police-record-status_reason_agents-asked = Los agentes de inmigración lo pidieron
police-record-status_reason_court-order = Lo exige una ley, una orden de un tribunal o una orden judicial de arresto o de registro
police-record-status_reason_signed-consent = Yo acepté por escrito que lo compartieran
police-record-status_reason_not-sure = No lo sé

## Resultado: preguntar por el estatus

police-record-status_no-asking = La policía de Chicago no puede preguntarle por su estatus migratorio.
    .summary = La ley de la Ciudad prohíbe que los trabajadores de la Ciudad, incluida la policía, pidan el estatus de cualquier persona. La ley estatal también prohíbe que la policía pregunte a las personas que detiene o retiene por su estatus o por el lugar donde nacieron.
    .verdict = no puede preguntar por su estatus
police-record-status_no-asking_city-law = La { -wco } (Welcoming City Ordinance) de Chicago cubre a las agencias y los trabajadores de la Ciudad, incluida la policía. Dice que no pueden pedir la ciudadanía ni el estatus migratorio de nadie. Las excepciones son limitadas, como cuando lo exige una ley, un reglamento federal, una orden de un tribunal o una orden judicial de arresto o de registro.
police-record-status_no-asking_state-law = La { -trust } cubre a la policía de cualquier parte de Illinois. Si detiene o retiene a alguien, no puede preguntar ni investigar la ciudadanía, el estatus migratorio o el lugar de nacimiento de esa persona.
police-record-status_no-asking_no-arrest = La policía tampoco puede detener, arrestar ni retener a nadie solo por su estatus migratorio. La ley estatal también incluye en esa lista registrar (revisar) a la persona.
police-record-status_no-asking_stay-silent = Si le preguntan, usted no tiene que responder. La ACLU dice que tiene derecho a guardar silencio sobre dónde nació, si es ciudadano y cómo entró a EE. UU. Diga en voz alta que quiere guardar silencio.
police-record-status_no-asking_no-lies = La ACLU también dice: no mienta sobre su estatus y no muestre documentos falsos.
police-record-status_no-asking_officer = Si usted es oficial: no pregunte por el estatus migratorio ni por el lugar de nacimiento.
police-record-status_no-asking_report-copa = ¿Un oficial de la policía de Chicago le preguntó por su estatus? Puede reportarlo ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
police-record-status_no-asking_report-ag = También puede comunicarse con la línea de Derechos Civiles del Procurador General de Illinois.
police-record-status_no-asking_exceptions = La ley estatal tiene dos excepciones limitadas. La policía puede decirle a una persona bajo custodia que puede comunicarse con el consulado de su país, y ayudarla a hacerlo. La policía también puede pedir prueba del estatus cuando ciertas leyes de armas de fuego lo exigen.
police-record-status_no-asking_border = La ACLU señala que se aplican reglas diferentes en las fronteras y los aeropuertos, y para algunas personas con visa.
police-record-status_no-asking_ice-not-bound = Estas leyes limitan a la policía de Chicago y de Illinois. No limitan lo que pueden preguntar los agentes federales de inmigración.

## Resultado: guardar registros del estatus

police-record-status_no-records = La policía de Chicago no puede guardar registros de su estatus migratorio.
    .summary = La ley de la Ciudad cubre a las agencias y los trabajadores de la Ciudad, incluida la policía. Les prohíbe guardar la ciudadanía o el estatus migratorio de cualquier persona, con excepciones limitadas.
    .verdict = no puede guardar registros de su estatus
police-record-status_no-records_city-law = La { -wco } (Welcoming City Ordinance) de Chicago cubre a las agencias y los trabajadores de la Ciudad, incluida la policía. Dice que no pueden pedir, guardar ni compartir la ciudadanía o el estatus migratorio de nadie.
police-record-status_no-records_exceptions = Las excepciones son limitadas. Una es cuando una ley, un reglamento federal, una orden de un tribunal o una orden judicial de arresto o de registro exige otra cosa. Otra es que la persona lo acepte por escrito. Los abogados de la Ciudad (la oficina de Corporation Counsel) también pueden averiguar el estatus cuando importa para un caso judicial u otro proceso parecido en el que participa la Ciudad.
police-record-status_no-records_state-law = La { -trust } cubre a la policía de cualquier parte de Illinois. Si detiene o retiene a alguien, no puede preguntar ni investigar la ciudadanía, el estatus migratorio o el lugar de nacimiento de esa persona.
police-record-status_no-records_officer = Si usted es oficial: no escriba el estatus migratorio de nadie en sus reportes ni en sus notas.
police-record-status_no-records_report-copa = ¿Un oficial de la policía de Chicago anotó su estatus? Puede reportarlo ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
police-record-status_no-records_federal-law = La { -trust } dice que no limita el envío ni la recepción de información sobre la ciudadanía o el estatus migratorio bajo dos leyes federales, 8 U.S.C. 1373 y 1644. No pudimos confirmar si la ordenanza de Chicago menciona estas leyes, ni cómo encajan con la regla de la Ciudad.
police-record-status_no-records_who-bound = Estas reglas obligan a las agencias y los trabajadores de la Ciudad de Chicago. No se aplican a las agencias federales.
# TODO(translate)
police-record-status_no-records_other-routes = These rules limit what City workers and police do with status information. They do not promise that no record about a person can ever reach a federal agency in another way.

## Resultado: acceso a bases de datos

police-record-status_no-database-access = Las agencias de la Ciudad no pueden dar a los agentes de inmigración acceso directo a sus bases de datos.
    .summary = Las agencias de la Ciudad, incluida la policía, no pueden darle a una agencia federal acceso directo a una base de datos de la Ciudad para la aplicación civil de las leyes de inmigración.
    .verdict = no pueden darles a los agentes de inmigración acceso directo a sus bases de datos
police-record-status_no-database-access_city-law = Las agencias de la Ciudad no pueden darle a una agencia federal acceso directo a una base de datos o a un sistema para compartir datos de la Ciudad para la aplicación civil de las leyes de inmigración. Eso incluye hacer o renovar un acuerdo para ese acceso.
police-record-status_no-database-access_no-help = Las agencias de la Ciudad y sus trabajadores no pueden participar en la aplicación civil de las leyes de inmigración ni ayudar con ella a los agentes federales. Esto incluye a la policía. { -civil-immigration-enforcement-definition }
police-record-status_no-database-access_status = Los trabajadores de la Ciudad tampoco pueden compartir el estatus migratorio de nadie. Hay excepciones limitadas, como cuando la persona lo acepta por escrito.
police-record-status_no-database-access_city-worker = Si usted trabaja para la Ciudad o es oficial: cuando una agencia federal pida acceso a una base de datos de la Ciudad, avísele a su supervisor(a) antes de hacer nada.
police-record-status_no-database-access_report-oig = ¿Un departamento de la Ciudad les dio a agentes de inmigración acceso a sus datos? Puede reportarlo ante la Oficina del Inspector General de la Ciudad.
police-record-status_no-database-access_agency-decides = La regla se aplica cuando la agencia de la Ciudad determina que el acceso es para la aplicación civil de las leyes de inmigración.
police-record-status_no-database-access_criminal = La guía de 2025 del Procurador General de Illinois dice que la ley estatal no impide que la policía haga su trabajo en investigaciones penales.
police-record-status_no-database-access_federal-law = La { -trust } dice que no limita el envío ni la recepción de información sobre la ciudadanía o el estatus migratorio bajo dos leyes federales, 8 U.S.C. 1373 y 1644. No pudimos confirmar si la ordenanza de Chicago menciona estas leyes, ni cómo encajan con la regla de la Ciudad.

## Resultado: los agentes de inmigración lo pidieron

police-record-status_agent-request = La policía de Chicago no puede darles su estatus migratorio a los agentes de inmigración, salvo en casos limitados.
    .summary = La ley de la Ciudad prohíbe que la policía de Chicago comparta el estatus de cualquier persona, con excepciones limitadas. La Ley TRUST del estado deja en pie las reglas federales sobre compartir información del estatus, y ninguna regla de aquí bloquea todas las formas en que un registro puede llegar a las agencias federales.
    .verdict = no puede compartir su estatus, salvo en casos limitados
police-record-status_agent-request_city-law = La { -wco } (Welcoming City Ordinance) de Chicago cubre a las agencias y los trabajadores de la Ciudad, incluida la policía. Dice que no pueden compartir la ciudadanía o el estatus migratorio de nadie. Las excepciones: que la persona lo acepte por escrito, o que lo exija una ley, un reglamento federal, una orden de un tribunal o una orden judicial de arresto o de registro (firmada por un juez).
police-record-status_agent-request_custody-info = Los trabajadores de la Ciudad no pueden dedicar tiempo a responder las preguntas de ICE sobre la custodia, la fecha de salida o los datos de contacto de una persona.
police-record-status_agent-request_state-law = La { -trust } también limita a la policía de cualquier parte de Illinois. El Procurador General de Illinois publicó una guía en 2025. Dice que la policía no puede compartir información sobre las personas bajo su custodia con las autoridades de inmigración. Dice que la policía no puede ayudar a los agentes de inmigración "de ninguna manera". Las excepciones son cuando los agentes tienen una orden penal o cuando una ley federal lo exige de forma específica.
police-record-status_agent-request_officer = Si usted es oficial: no les dé a los agentes de inmigración el estatus, la fecha de salida ni los datos de contacto de nadie. Según informes de prensa, un(a) supervisor(a) debe aprobar cualquier solicitud de ayuda de los agentes de inmigración, así que avísele a un(a) supervisor(a) sobre la solicitud.
police-record-status_agent-request_report-copa = ¿Un oficial de la policía de Chicago compartió su estatus? Puede reportarlo ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
police-record-status_agent-request_report-oig = ¿Algún otro empleado de la Ciudad compartió su estatus? Puede reportarlo ante la Oficina del Inspector General de la Ciudad.
police-record-status_agent-request_purely-civil = Hay una excepción a la regla sobre responderle a ICE acerca de la custodia, las fechas de salida y los datos de contacto: los trabajadores de la Ciudad pueden comunicarse con ICE para saber si un asunto trata solo de una violación civil de inmigración, y no de un delito.
police-record-status_agent-request_supervisor = Según un informe de prensa de CBS News Chicago de 2021, la ordenanza actualizada establece que un(a) supervisor(a) de la policía apruebe cualquier solicitud de ayuda de los agentes de inmigración.
police-record-status_agent-request_federal-law = La { -trust } dice que no limita el envío ni la recepción de información sobre la ciudadanía o el estatus migratorio bajo dos leyes federales, 8 U.S.C. 1373 y 1644. No pudimos confirmar si la ordenanza de Chicago menciona estas leyes, ni cómo encajan con la regla de la Ciudad.
police-record-status_agent-request_other-routes = Estas reglas limitan lo que hacen los trabajadores de la Ciudad y la policía con la información del estatus. No prometen que ningún registro sobre una persona pueda llegar nunca por otra vía a una agencia federal.

## Resultado: lo exige una ley, una orden de un tribunal o una orden judicial de arresto o de registro

police-record-status_legal-duty = La ley de la Ciudad permite que la policía comparta información sobre el estatus cuando lo exige una ley, una orden de un tribunal o una orden judicial de arresto o de registro (firmada por un juez).
    .summary = La ley de la Ciudad tiene límites sobre la información del estatus. Estos límites ceden cuando una ley, un reglamento federal, una orden de un tribunal o una orden judicial de arresto o de registro exige otra cosa.
    .verdict = puede compartir el estatus cuando lo exige una ley, una orden de un tribunal o una orden de un juez
police-record-status_legal-duty_exception = La { -wco } (Welcoming City Ordinance) de Chicago limita que se pida, se guarde y se comparta el estatus. Esos límites ceden cuando una ley, un reglamento federal, una orden de un tribunal o una orden judicial de arresto o de registro emitida legalmente exige otra cosa.
police-record-status_legal-duty_federal-law = La { -trust } dice que no limita el envío ni la recepción de información sobre la ciudadanía o el estatus migratorio bajo dos leyes federales, 8 U.S.C. 1373 y 1644. No pudimos confirmar si la ordenanza de Chicago menciona estas leyes, ni cómo encajan con la regla de la Ciudad.
police-record-status_legal-duty_judge-only = Un formulario de ICE firmado por un oficial de inmigración no es una orden judicial de arresto o de registro. Por ejemplo, el Formulario I-200 y el Formulario I-205. Las reglas del CPD llaman a ese formulario "orden administrativa" (administrative warrant). La ley de Illinois lo llama "orden migratoria civil" (civil immigration warrant).
police-record-status_legal-duty_see-paper = Puede pedir ver la orden del tribunal o la orden judicial de arresto o de registro, o preguntar qué ley lo exige.
police-record-status_legal-duty_lawyer = Si no está seguro de lo que exige, hable con un abogado.
police-record-status_legal-duty_no-arrest = Aun así, la policía no puede detener, arrestar ni retener a nadie solo por su estatus migratorio.
police-record-status_legal-duty_state-limits = La ley estatal tiene sus propios límites sobre lo que la policía puede compartir con los agentes de inmigración. El Procurador General de Illinois publicó una guía en 2025. Dice que las excepciones a esos límites son una orden penal, o una ley federal que lo exija de forma específica.

## Resultado: la persona aceptó por escrito

police-record-status_written-consent = La ley de la Ciudad permite que la policía comparta su estatus si usted lo acepta por escrito.
    .summary = La ley de la Ciudad permite que los trabajadores de la Ciudad compartan el estatus de una persona cuando esa persona lo acepta por escrito.
    .verdict = puede compartir su estatus si usted da su permiso por escrito
police-record-status_written-consent_consent = La { -wco } (Welcoming City Ordinance) de Chicago permite compartirlo cuando la persona lo acepta por escrito. En el caso de un niño, o de un adulto que legalmente no puede decidir por sí mismo, puede aceptarlo un padre, una madre o un tutor.
police-record-status_written-consent_without-consent = Sin un acuerdo por escrito, los trabajadores de la Ciudad solo pueden compartir el estatus cuando lo exige una ley, un reglamento federal, una orden de un tribunal o una orden judicial de arresto o de registro (firmada por un juez).
police-record-status_written-consent_read-first = Antes de firmar, asegúrese de saber qué está aceptando y quién va a recibir la información. Si no está seguro, hable primero con un abogado.
police-record-status_written-consent_no-arrest = Aun así, la policía no puede detener, arrestar ni retener a nadie solo por su estatus migratorio.
police-record-status_written-consent_state-limits = La ley estatal tiene sus propios límites sobre lo que la policía puede compartir con los agentes de inmigración sobre las personas bajo su custodia. No pudimos confirmar si un acuerdo por escrito cambia esos límites.

## Resultado: no se sabe por qué

police-record-status_sharing-depends = La policía de Chicago solo puede compartir su estatus en casos limitados.
    .summary = La ley de la Ciudad prohíbe compartir el estatus de cualquier persona. Las excepciones son que la persona lo acepte por escrito, o que lo exija una ley, una orden de un tribunal o una orden judicial de arresto o de registro (firmada por un juez).
    .verdict = solo puede compartir su estatus en casos limitados
police-record-status_sharing-depends_general-rule = La { -wco } (Welcoming City Ordinance) de Chicago cubre a las agencias y los trabajadores de la Ciudad, incluida la policía. Dice que no pueden compartir la ciudadanía o el estatus migratorio de nadie a menos que la persona lo acepte por escrito.
police-record-status_sharing-depends_exceptions = Los límites también ceden cuando una ley, un reglamento federal, una orden de un tribunal o una orden judicial de arresto o de registro exige otra cosa.
police-record-status_sharing-depends_ice-questions = Los trabajadores de la Ciudad no pueden dedicar tiempo a responder las preguntas de ICE sobre la custodia, la fecha de salida o los datos de contacto de una persona.
police-record-status_sharing-depends_state-law = La { -trust } también limita a la policía de cualquier parte de Illinois. El Procurador General de Illinois publicó una guía en 2025. Dice que la policía no puede compartir información sobre las personas bajo su custodia con las autoridades de inmigración. Dice que la policía no puede ayudar a los agentes de inmigración "de ninguna manera". Las excepciones son cuando los agentes tienen una orden penal o cuando una ley federal lo exige de forma específica.
police-record-status_sharing-depends_report-copa = ¿Cree que un oficial de la policía de Chicago compartió su estatus? Puede reportarlo ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
police-record-status_sharing-depends_icirr = Si agentes de inmigración se comunican con usted o con su familia, para recibir ayuda llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
police-record-status_sharing-depends_federal-law = La { -trust } dice que no limita el envío ni la recepción de información sobre la ciudadanía o el estatus migratorio bajo dos leyes federales, 8 U.S.C. 1373 y 1644. No pudimos confirmar si la ordenanza de Chicago menciona estas leyes, ni cómo encajan con la regla de la Ciudad.
