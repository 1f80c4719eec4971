# Texto de la interfaz. Estos ids no llevan guion bajo; cada uno se vuelve una constante
# (msg::SITE_NAME) que usan los componentes de la app, así que un id que falte o esté mal escrito
# hace fallar la compilación.

site-name = { -site-name }
site-tagline = Lo que dicen las leyes de Chicago y de Illinois sobre la policía y la inmigración, en palabras sencillas y con fuentes.
skip-to-content = Saltar al contenido principal
nav-home = Inicio
nav-label = Sitio

home-title = Conozca sus derechos en Chicago
home-intro = Elija una situación. Le haremos unas pocas preguntas cortas. Luego le explicamos qué dice la ley, por qué y qué puede hacer usted.
home-audience = Para: { $audience }
audience-resident = residentes
audience-officer = oficiales de policía y trabajadores de la Ciudad
audience-trainer = capacitadores

step-back = Atrás
step-start-over = Empezar de nuevo
step-answers-heading = Sus respuestas hasta ahora
step-change = Cambiar
step-change-label = Cambiar su respuesta a: { $question }
step-choose = Elija una respuesta.


outcome-why = Por qué
outcome-what-you-can-do = Lo que usted puede hacer
outcome-good-to-know = Conviene saber
outcome-help = Quién puede ayudar
outcome-sources = Fuentes de esta respuesta
outcome-start-over = Empezar esta situación otra vez
outcome-home = Ver otras situaciones

cite-label = Fuente:
status-secondary = según informes; no es el texto de la ley
kind-guidance = guía
kind-report = informe de prensa
kind-policy = norma de la policía
challenge-label = Impugnada en los tribunales
challenge-as-of = Información más reciente: { $date }

help-call = Llamar al { $number }
help-text = Enviar mensaje de texto al { $number }
help-tty = TTY para personas sordas o con dificultades auditivas: { $number }
help-checked = Número verificado el { $date }.
help-source = Dónde lo verificamos

reviewed = Última revisión: { $date }
not-legal-advice = Esta es información general, no es asesoría legal. Para recibir consejo sobre su propia situación, hable con un abogado.

not-found-title = No se encontró la página
not-found-body = No pudimos encontrar esa página. Es posible que el enlace sea antiguo o que esté mal escrito.
not-found-home = Ir a la página de inicio
bad-step-title = No pudimos seguir ese enlace
bad-step-unknown-scenario = No hay ninguna situación llamada "{ $name }".
bad-step-unknown-answer = "{ $answer }" no es una de las respuestas de este paso.
bad-step-past-outcome = Este enlace va más allá del final de la situación.
bad-step-keep = Continuar desde el último paso que coincidió
bad-step-restart = Empezar esta situación desde el principio

date-long = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }

page-description = Respuestas en lenguaje sencillo, con fuentes, sobre lo que la Ordenanza de Ciudad Acogedora (Welcoming City Ordinance) de Chicago y la Ley TRUST de Illinois exigen a la policía y a los trabajadores de la Ciudad.
noscript = Por ahora, este sitio necesita JavaScript para mostrar sus páginas. Aun así, puede leer las fuentes: el Código Municipal de Chicago (Municipal Code of Chicago), Capítulo 2-173, y la Ley TRUST de Illinois (Illinois TRUST Act), 5 ILCS 805.

nav-law = Biblioteca de leyes
nav-myths = Mitos y realidades
nav-help = Obtener ayuda
nav-about = Acerca de

home-featured-heading = Empiece aquí
home-group-resident = Para residentes
home-group-officer = Para oficiales de policía y trabajadores de la Ciudad
home-group-trainer = Para capacitadores
home-your-rights-heading = Sus propios derechos
home-your-rights-intro = Estos derechos vienen de la Constitución de EE. UU. Las leyes de Chicago y de Illinois no los crean. La { -wco } y la { -trust } limitan lo que hacen la policía y los trabajadores de la Ciudad, no lo que hacen los agentes federales. Hay dos cosas que sí alcanzan a los agentes federales: una ley de Illinois de 2025, la Ley Pública 104-0440 (Public Act 104-0440), que está impugnada en los tribunales (información más reciente: 5 de enero de 2026); y una orden de un tribunal federal sobre los arrestos de ICE sin orden de arresto en el área de Chicago (Castañon Nava v. DHS), que, según las noticias más recientes que encontramos (octubre de 2025), estaba vigente hasta el 2 de febrero de 2026.
# The home page's common questions (featured myths), and the glossary.
home-questions-heading = Preguntas frecuentes
glossary-title = Palabras que usa este sitio
glossary-intro = Qué significan las palabras legales de este sitio. Cada definición tiene enlaces a sus fuentes.
nav-glossary = Palabras que usamos
home-more = Más:

law-index-title = La biblioteca de leyes
law-index-intro = Cada parte de la ley y cada fuente en que se basa este sitio, en palabras sencillas, con un enlace al texto oficial.
law-citation = Cita
law-binds = A quién obliga
binds-city = Las agencias y los empleados de la Ciudad de Chicago, incluida la policía
binds-illinois-police = La policía estatal y local en Illinois
binds-chicago-police = Solo el Departamento de Policía de Chicago
binds-certifying-agencies = Las agencias que certifican solicitudes de visa U y de visa T en Illinois, incluidos los fiscales
binds-everyone-in-illinois = Cualquiera que actúe en Illinois, incluidos los agentes federales (la ley está impugnada en los tribunales)
binds-ice-chicago-area = El Servicio de Inmigración y Control de Aduanas de EE. UU. (ICE), en su área de Chicago
binds-cook-county = El Condado de Cook, incluido el Sheriff
binds-institutions = Hospitales, universidades públicas y guarderías en Illinois
binds-no-one = A nadie: es una fuente que citamos, no una ley
law-official-text = Leer el texto oficial
law-source-link = Leer la fuente
law-used-in = Situaciones que usan esto
law-not-used = Ninguna situación usa esto todavía.
law-status-verified = Leímos este texto en un sitio oficial.
law-status-secondary = Sabemos esto por informes de prensa, guías o un resumen, no por el texto de la ley. Tome los detalles con cuidado.
law-status-unverified = No pudimos leer este texto.
law-myths = Mitos y realidades que usan esto
myth-situations = Situaciones que explican esto

myths-title = Mitos y realidades
myths-intro = Cosas que la gente oye a menudo sobre las leyes de inmigración de Chicago y de Illinois, y lo que la ley dice en realidad.
myth-label = Mito
fact-label = Realidad
myth-why = Por qué

help-title = Obtener ayuda
help-intro = Verificamos estos números en el sitio web de cada organización. Solo mostramos números que pudimos verificar allí.
help-emergency = Si alguien está herido o en peligro en este momento, llame al 911.

about-title = Acerca de este sitio
about-who-heading = Quién hizo esto
about-who = Know Your Rights Chicago es un proyecto gratuito y de código abierto, hecho por voluntarios de tecnología cívica. No es un sitio del gobierno ni un bufete de abogados.
about-sources-heading = De dónde viene el contenido
about-sources = Cada respuesta se basa en una investigación escrita que cita el texto oficial del Código Municipal de Chicago y de las leyes de Illinois, y noticias de medios confiables. Cada afirmación de este sitio tiene un enlace a su fuente. Cuando no pudimos leer el texto de una ley, decimos quién lo informó, o no lo incluimos.
about-review-heading = Cómo se revisa
about-review = Cada situación y cada página de ley muestra la fecha en que la comparamos por última vez con nuestra investigación. Las leyes y los casos judiciales cambian: revise la fecha y la fuente antes de confiar en algo de este sitio.
about-report-heading = Reportar un error
about-report = Si algo aquí está mal o desactualizado, avísenos. Incluya la dirección de la página y la fuente que muestra la ley correcta.
about-report-link = Reportar un error
about-report-no-address = Si algo aquí está mal o desactualizado, avise al grupo que compartió este sitio con usted. Incluya la dirección de la página y la fuente que muestra la ley correcta.
about-privacy-heading = Su privacidad
about-privacy = Este sitio no hace solicitudes a ningún otro sitio web. No usa cookies ni herramientas de análisis, y no guarda nada sobre lo que usted lee o responde.
about-partners-heading = Ponga esta guía en su sitio web
about-partners = Los grupos comunitarios pueden mostrar las situaciones en su propio sitio web, en cualquiera de los idiomas de este sitio.
about-partners-link = Obtener el código para su sitio web

quick-exit = Salida rápida
quick-exit-hint = Sale de este sitio de inmediato. También puede presionar la tecla Shift (Mayús) tres veces.
nav-card = Tarjeta de derechos
safety-title = Cómo mantenerse seguro mientras lee
safety-quick-exit-heading = Salida rápida
safety-quick-exit = El botón "Salida rápida", o presionar Shift (Mayús) tres veces, deja esta página en blanco y abre un sitio del clima en su lugar. Si después presiona "Atrás", no volverá a la página que estaba leyendo.
safety-limits-heading = Lo que la salida rápida no puede ocultar
safety-limits = La salida rápida no puede borrar el historial de su navegador. Alguien que mire el historial, o que vigile o controle su teléfono o computadora, todavía puede ver que usted visitó este sitio. Para no dejar historial, use una ventana privada o de incógnito, o un aparato que solo usted use.
safety-privacy = Este sitio no guarda nada sobre lo que usted lee o responde, no usa cookies y no envía nada a ningún otro sitio web. Pero si usa "Guardar para usar sin conexión" (en la página Acerca de), una copia de las páginas del sitio se queda en este aparato hasta que usted la borre, y otra persona que use el aparato podría encontrarla.
footer-safety = Mantenerse seguro

card-title = Su tarjeta de derechos
card-intro = Muestre esta tarjeta a un agente de inmigración por una ventana, o pásela por debajo de la puerta.
card-english = En inglés
card-rights-source = Estos derechos vienen de la Constitución de EE. UU., tal como los explican las organizaciones de ayuda legal. Se aplican sin importar su estatus migratorio.
card-print = Imprimir esta tarjeta
card-print-hint = Imprime una tarjeta del tamaño de una billetera y una hoja informativa de una página.

step-progress = Pregunta { $current } de { $total }
step-progress-up-to = Pregunta { $current } de hasta { $total }
read-aloud = Leer en voz alta
read-aloud-stop = Dejar de leer
print-page-address = Esta página: { $url }

language-label = Idioma
translation-notice = Esta página fue traducida por computadora. Ninguna persona calificada ha revisado la traducción todavía, así que los detalles legales podrían estar equivocados.
translation-notice-link = Leer esta página en inglés
load-error = Lo sentimos, no se pudo cargar el texto de este sitio. Revise su conexión y vuelva a cargar la página.
crash-title = Algo salió mal
crash-text = Esta página dejó de funcionar. Vuelva a cargarla para intentarlo de nuevo. El botón de salida rápida de arriba sigue funcionando.
crash-reload = Volver a cargar la página

verdict-icon-not-allowed = ✕
verdict-icon-allowed = ✓
verdict-icon-required = !
verdict-icon-depends = ?
# Whose action an outcome's verdict judges, as the label before the verdict ("Chicago police: may not help").
actor-chicago-police = Policía de Chicago
actor-illinois-police = Policía y cárceles en Illinois
actor-certifying-agencies = Agencias que certifican visas U y T (policía, fiscalías)
actor-city = Trabajadores de la Ciudad
actor-other-offices = Otras oficinas
actor-cook-county = Cárcel del Condado de Cook
actor-institutions = Hospitales, universidades y guarderías
actor-immigration-agents = Agentes de inmigración
actor-you = Usted
# Under the verdict of a situation about a resident's own rights.
verdict-guidance = Consejo de organizaciones de ayuda legal sobre sus derechos constitucionales, no ley de la Ciudad ni del estado.

offline-heading = Usar este sitio sin conexión
offline-explain = Puede guardar las páginas de este sitio en su idioma en este aparato, para leerlas sin conexión. Esto deja en el aparato una copia que otra persona que lo use podría encontrar. No se guarda nada a menos que usted lo elija.
offline-save = Guardar para usar sin conexión
offline-saving = Guardando…
offline-saved = Guardado. Las páginas en este idioma ahora funcionan sin conexión.
offline-remove = Borrar la copia guardada
offline-removed = Se borró la copia guardada.
offline-unavailable = Este navegador no puede guardar el sitio para usarlo sin conexión.
offline-error = No se pudo guardar. Revise su conexión y vuelva a intentarlo.

# The share control at the end of every page: the phone's share sheet, or the page's address copied
# (an embed page gives the same step on the site itself). share-copy-this comes before a box
# holding the link and is also that box's spoken label.
share = Compartir esta página
share-copied = Enlace copiado.
share-copy-this = Copie este enlace:
