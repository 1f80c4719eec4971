# Términos: nombres que se usan dentro de otros mensajes. Se traducen una sola vez aquí; vea
# ../../../docs/research/glossary.md (desde la raíz del repositorio: docs/research/glossary.md)
# para la traducción acordada de cada término legal.

-wco = Ordenanza de Ciudad Acogedora
-trust = Ley TRUST de Illinois
-site-name = Know Your Rights Chicago

-civil-immigration-enforcement-definition = En palabras sencillas, la aplicación civil de las leyes de inmigración son las acciones federales para encontrar, arrestar, retener o deportar a personas por una supuesta violación civil de las leyes de inmigración, como estar en EE. UU. sin permiso. No es una investigación penal.
-judicial-warrant-definition = Una orden de un juez (orden judicial de arresto o de registro, "judicial warrant") la emite un tribunal federal o estatal y la firma un juez o un juez magistrado de ese tribunal, no un juez de inmigración. Lleva arriba el nombre del tribunal e indica el lugar que se va a registrar o la persona que se va a arrestar.
