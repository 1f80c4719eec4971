# Términos: nombres que se usan dentro de otros mensajes. Se traducen una sola vez aquí; vea
# ../../../../shared/law/GLOSSARY.md (desde la raíz del repositorio: ../shared/law/GLOSSARY.md)
# para la traducción acordada de cada término legal.

-wco = Ordenanza de Ciudad Acogedora
-trust = Ley TRUST de Illinois
-site-name = Know Your Rights Chicago
