# S3: ocurre un delito, y la víctima o un testigo podría ser indocumentado.
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; sin copiar el texto de las leyes; cada afirmación tiene su cita en el .toml.

scenario_crime-victim-or-witness = Ocurrió un delito, y la víctima o un testigo podría ser indocumentado
    .summary = Por ejemplo, a usted le robaron o vio un delito, y le preocupa hablar con la policía por su estatus migratorio.

## Pregunta: ¿la policía preguntó por el estatus?

crime-victim-or-witness_status-question = ¿Un oficial de policía preguntó por el estatus migratorio o por el lugar donde nació alguien?
    .hint = La ciudadanía o el estatus migratorio quiere decir si una persona es ciudadana, y si tiene permiso para estar en EE. UU. y de qué tipo.
crime-victim-or-witness_status-question_asked = Sí, un oficial preguntó por el estatus o por el lugar donde nació alguien
crime-victim-or-witness_status-question_not-asked = No, o todavía no he hablado con la policía

## Pregunta: ¿certificación para la visa U?

crime-victim-or-witness_u-visa = ¿La víctima quiere pedirle a la policía una certificación para la visa U?
    .hint = Una certificación para la visa U (U visa certification) es un formulario (I-918 Supplement B) que firma un departamento de policía para confirmar que una víctima de un delito ayudó. La víctima puede usarlo para solicitar una visa U.
crime-victim-or-witness_u-visa_wants-form = Sí, o quiero saber cómo funciona
crime-victim-or-witness_u-visa_report-only = No, solo quiero reportar el delito o ayudar como testigo

## Resultado: un oficial preguntó por el estatus

crime-victim-or-witness_status-asked = La policía de Chicago no puede pedirle su estatus migratorio.
    .summary = Esto también es así para las víctimas y los testigos de delitos. La ley de la Ciudad le prohíbe a la policía preguntar por el estatus, con excepciones limitadas, y la policía sigue trabajando en el delito.
    .verdict = no puede preguntar por su estatus
crime-victim-or-witness_status-asked_city-law = La { -wco } (Welcoming City Ordinance) de Chicago dice que los trabajadores de la Ciudad, incluida la policía, no pueden pedir, guardar ni compartir la ciudadanía o el estatus migratorio de nadie. Las excepciones son limitadas. Una es una ley, una orden de un tribunal o una orden de arresto o de registro firmada por un juez que lo exija. Otra es que la persona acepte por escrito que se comparta.
crime-victim-or-witness_status-asked_state-law = La { -trust } cubre a la policía de cualquier parte de Illinois. Si detiene o retiene a alguien, no puede preguntar ni investigar la ciudadanía, el estatus migratorio o el lugar de nacimiento de esa persona.
crime-victim-or-witness_status-asked_no-arrest = La policía no puede detener, arrestar ni retener a nadie solo por su estatus migratorio. La ley de la Ciudad y la ley estatal dicen esto.
crime-victim-or-witness_status-asked_purpose = Cuando aprobó la { -wco }, el Concejo Municipal concluyó que la seguridad pública depende de la ayuda de todos. Eso incluye a las víctimas y los testigos de delitos, tengan papeles o no.
crime-victim-or-witness_status-asked_stay-silent = Usted no tiene que responder. La ACLU dice que tiene derecho a guardar silencio sobre dónde nació, si es ciudadano y cómo entró a EE. UU. No mienta ni muestre documentos falsos.
crime-victim-or-witness_status-asked_tell-crime = Aun así, usted puede contarle a la policía lo que pasó en el delito.
crime-victim-or-witness_status-asked_officer = Si usted es oficial: no pregunte a las víctimas ni a los testigos por su estatus migratorio. Tome el reporte como lo haría con cualquier persona.
crime-victim-or-witness_status-asked_report-copa = Puede reportar a un oficial de la policía de Chicago que le preguntó por su estatus ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
crime-victim-or-witness_status-asked_report-ag = También puede comunicarse con la línea de Derechos Civiles del Procurador General de Illinois.
crime-victim-or-witness_status-asked_exceptions = La ley estatal tiene dos excepciones limitadas: decirle a una persona bajo custodia que puede comunicarse con el consulado de su país, y algunas verificaciones que exigen las leyes de armas de fuego.
crime-victim-or-witness_status-asked_u-visa = Una víctima de un delito también puede pedirle a la policía una certificación para la visa U. La Ley VOICES (VOICES Act) de Illinois explica cómo pedirla.
crime-victim-or-witness_status-asked_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración actúen por su cuenta.

## Resultado: reportar un delito o ser testigo

crime-victim-or-witness_report = Usted puede reportar un delito o ayudar como testigo, sea cual sea su estatus migratorio.
    .summary = La policía de Chicago sigue investigando delitos, sea cual sea el estatus migratorio de cualquier persona. Las leyes de la Ciudad y del estado limitan cuándo la policía puede preguntar por el estatus o actuar con base en él.
    .verdict = investiga los delitos, sea cual sea el estatus migratorio de cualquier persona
crime-victim-or-witness_report_purpose = Cuando aprobó la { -wco } (Welcoming City Ordinance), el Concejo Municipal concluyó que la seguridad pública depende de la ayuda de todos. Eso incluye a las víctimas y los testigos de delitos, tengan papeles o no.
crime-victim-or-witness_report_no-asking = La policía de Chicago y los demás trabajadores de la Ciudad no pueden pedir, guardar ni compartir la ciudadanía o el estatus migratorio de nadie, salvo en casos limitados.
crime-victim-or-witness_report_no-arrest = La policía no puede detener, arrestar ni retener a nadie solo por su estatus migratorio. La ley de la Ciudad dice esto, y también la ley estatal para la policía de cualquier parte de Illinois.
crime-victim-or-witness_report_criminal = La guía de 2025 del Procurador General de Illinois dice que la ley estatal no impide que la policía haga su trabajo en investigaciones penales.
crime-victim-or-witness_report_call-911 = Si alguien está herido o en peligro, llame al 911.
crime-victim-or-witness_report_stay-silent = Si un oficial le pregunta por su estatus o por el lugar donde nació, usted no tiene que responder. La ACLU dice que tiene derecho a guardar silencio sobre estas preguntas. No mienta ni muestre documentos falsos.
crime-victim-or-witness_report_officer = Si usted es oficial: tome el reporte como lo haría con cualquier persona. No pregunte por el estatus migratorio.
crime-victim-or-witness_report_report-copa = Si un oficial de la policía de Chicago le pregunta por su estatus, puede reportarlo ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
crime-victim-or-witness_report_exceptions = La ley de la Ciudad solo permite compartir información sobre el estatus en casos limitados. Por ejemplo, una ley, una orden de un tribunal o una orden de arresto o de registro firmada por un juez que lo exija, o que la persona lo acepte por escrito.
crime-victim-or-witness_report_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración actúen por su cuenta.

## Resultado: pedir la certificación para la visa U

crime-victim-or-witness_certification = La policía debe tener una forma para que las víctimas de delitos pidan la certificación para la visa U.
    .summary = La ley de Illinois le indica a la policía cómo manejar estas solicitudes. Un abogado o ciertos proveedores de servicios para víctimas pueden enviar la solicitud en nombre de la víctima.
    .verdict = deben nombrar a quienes firman y publicar cómo pedir la certificación
crime-victim-or-witness_certification_officials = La Ley VOICES (VOICES Act) de Illinois dice que la policía y los fiscales deben nombrar a los funcionarios que firman estos formularios. También deben publicar cómo pedir uno.
crime-victim-or-witness_certification_who-asks = La Ley VOICES dice que la solicitud va a la agencia que descubrió, investigó o procesó el delito. Un abogado, un representante de inmigración acreditado, o un proveedor de servicios para víctimas de violencia doméstica o de agresión sexual puede enviarla en nombre de la víctima.
crime-victim-or-witness_certification_cpd-order = La propia orden del CPD sobre la certificación para la visa U, de enero de 2019, dice que los supervisores de su División de Registros (Records Division) llenan el formulario. Dice que el CPD envía un aviso cuando una solicitud no cumple los requisitos, y que hay una forma de apelar.
crime-victim-or-witness_certification_get-help = Pida ayuda a un abogado, a un representante de inmigración acreditado, o a un proveedor de servicios para víctimas de violencia doméstica o de agresión sexual. La Ley VOICES les permite enviar la solicitud en su nombre.
crime-victim-or-witness_certification_right-agency = Si la policía de Chicago investigó el delito, la solicitud va al Departamento de Policía de Chicago (CPD).
crime-victim-or-witness_certification_officer = Si usted es oficial: no pregunte a la víctima por su estatus migratorio. Indíquele el proceso del CPD para la certificación para la visa U.
crime-victim-or-witness_certification_certain-crimes = La Ley VOICES trata de delitos "que califican", así que no todos los delitos cuentan. Un abogado puede decirle si el suyo cuenta.
crime-victim-or-witness_certification_law-changed = La Ley VOICES cambió en 2021, después de que se escribió la orden del CPD de 2019. El proceso actual del CPD puede ser diferente al de la orden de 2019.
crime-victim-or-witness_certification_no-status = La policía de Chicago no puede pedir ni compartir el estatus migratorio de una víctima, a menos que la víctima lo acepte por escrito o que lo exija una ley o una orden de un tribunal.
crime-victim-or-witness_certification_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración actúen por su cuenta.
