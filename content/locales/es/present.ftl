# The presenter view (/<lang>/present/<situation>): a situation shown on a projector, one step at a
# time, for trainers who run a workshop. Only those pages use these messages (the part `present`;
# see `bundle::part_of`). The keys' names (→, PageDown, B, N, Esc) stay as they are on the keyboard.

# $situation: the situation's title.
present-title = Modo de presentación: { $situation }
present-follow = Siga la presentación en su teléfono
present-follow-scan = Escanee el código con la cámara de su teléfono o escriba esta dirección:
present-follow-type = Escriba esta dirección en el navegador de su teléfono:
present-qr-needs-site = Para quien da la capacitación: estas diapositivas no tienen códigos QR, porque el sitio se creó sin su dirección web (la configuración KYR_SITE_URL). Lea en voz alta al grupo la dirección que aparece en esta diapositiva, y antes compruebe que funciona en un teléfono.
present-start = Empezar
present-step-qr = Este paso en su teléfono
present-reveal-question = ¿Cuál es la respuesta?
present-reveal = Mostrar la respuesta
present-room-answers = Las respuestas elegidas hasta ahora
present-notes = Notas para quien da la capacitación
present-keys = Teclas
present-key-next = Siguiente: la respuesta resaltada, el resto de una diapositiva larga, o la siguiente diapositiva
present-key-back = Atrás: el principio de una diapositiva larga, o un paso atrás
present-key-choose = Resaltar otra respuesta (en las demás diapositivas: desplazarse)
present-key-first = La primera pregunta
present-key-end = La diapositiva para seguir en el teléfono (el código para escanear)
present-key-blank = Poner la pantalla en negro, y volver a mostrarla
present-key-notes = Mostrar u ocultar estas notas
present-key-leave = Salir: abrir este paso en el sitio
present-second-language = Segundo idioma, que se muestra junto al primero
present-second-none = Ninguno
present-second-failed = No se pudo cargar el segundo idioma. Revise la conexión, o guarde el sitio para usarlo sin conexión también en ese idioma.
present-leave = Salir del modo de presentación
present-enter = Presentar esta situación con un proyector (para capacitadores)
present-blanked = La pantalla está en negro. Presione B para volver a mostrarla.
# $minutes: the whole plan's length in minutes.
present-plan = Un plan de { $minutes } minutos
# $minutes: one part's length.
present-minutes = { $minutes } min
present-prompts = Preguntas para conversar
present-room-questions = Preguntas que la gente suele hacer, y dónde las responde el sitio
present-quiz-title = Mitos y realidades: un juego de preguntas
present-quiz-says = Algunas personas dicen:
present-quiz-vote = ¿Verdad o mito? Voten a mano alzada y después se muestra la respuesta.
present-quiz-end = Esa fue la última afirmación. ¡Gracias!
