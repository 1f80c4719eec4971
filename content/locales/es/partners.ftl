# The page where community groups get the code that shows the situations on their own website
# (/<lang>/embed). Only that page uses these messages (the part `partners`; see `bundle::part_of`).

partners-title = Ponga esta guía en su sitio web
partners-intro = Los grupos comunitarios pueden mostrar las situaciones en su propio sitio web, dentro de un marco que ajusta su altura automáticamente a cada paso. Elija las opciones, revise la vista previa y luego copie el código y péguelo en su página.
partners-language = Idioma
partners-start = Empezar en
partners-start-list = La lista de todas las situaciones
partners-accent = Color de acento (solo se usa en los bordes, para que el texto siga siendo fácil de leer)
# $default: the address quick exit goes to unless the partner chooses one (https://www.weather.gov/).
partners-exit = Adónde lleva la salida rápida (el botón que sale de la guía de inmediato): una dirección que empiece con https://. Elija un sitio que no tenga nada que ver con la inmigración, como un sitio del clima o de noticias. Si deja el campo vacío, se usará { $default }.
partners-exit-invalid = Esto no empieza con https://, así que la salida rápida llevará a { $default }.
partners-preview = Vista previa
partners-preview-note = La salida rápida también funciona en la vista previa: sale de esta página y se pierden las opciones que eligió.
partners-preview-title = Vista previa de la guía tal como la verán sus visitantes
partners-code = El código para su página
partners-code-help = Péguelo donde quiere que aparezca la guía: en el HTML de su página, o en el bloque para HTML o para código de inserción (embed) de su creador de sitios web. En WordPress, es el bloque "Custom HTML" (HTML personalizado).
partners-copy = Copiar el código
partners-copied = Copiado. Ahora péguelo en su página.
partners-copy-failed = No se pudo copiar en este navegador. El código ya está seleccionado: cópielo a mano (Ctrl+C, o ⌘+C en una Mac).
partners-needs-script = Para cambiar las opciones, active JavaScript en su navegador. Mientras tanto, el código de abajo muestra la lista de todas las situaciones en el idioma de esta página.
partners-no-script = Si su sitio web quita la línea <script> del código (algunos planes gratuitos y creadores de páginas lo hacen), el marco sigue funcionando: mantiene una altura de 640 píxeles y su contenido se desplaza dentro del marco. Si su sitio web también quita el marco, ponga en su página un enlace a esta guía.
partners-privacy = El marco no usa cookies ni herramientas de análisis. Las cookies y herramientas de análisis de su propio sitio web siguen aplicándose al resto de su página. La salida rápida dentro del marco reemplaza toda su página por la dirección de salida rápida indicada arriba. La salida rápida no puede borrar el historial del navegador. Después de publicar, pruebe la salida rápida en su página para comprobar que se reemplaza toda la página.
