-- What the programme's results summary (seed 004) and the action plan (seed 002) say exists. No dates, numbers or news are invented.
INSERT INTO knowledge_item (kind, slug, title, summary, body, language, status, external_url, tags) VALUES
('PUBLICATION', 'manskliga-rattigheter-i-styrning-och-ledning', 'Mänskliga rättigheter i styrning och ledning',
 'En inspirationsskrift med erfarenheter och lärdomar om mänskliga rättigheter i styrning och ledning, från arbetet med överenskommelsen 2014–2017.',
 'Inspirationsskriften är ett av resultaten från arbetet med överenskommelsen mellan regeringen och SKL 2014–2017. Den samlar erfarenheter och lärdomar om hur mänskliga rättigheter kan integreras i styrning och ledning i kommuner, landsting och regioner.',
 'sv', 'PUBLISHED', NULL, '{}'),
('PUBLICATION', 'mr-plattformen', 'Mänskliga rättigheter på lokal och regional nivå – en plattform för policy- och verksamhetsutveckling',
 'Plattformen med kriterier för vad som kännetecknar ett tillfredsställande arbete med mänskliga rättigheter på lokal och regional nivå.',
 'En MR-kommun eller ett MR-landsting åtar sig att stärka kunskapen och medvetenheten, införliva mänskliga rättigheter i riktlinjer, rutiner och aktiviteter, involvera, synliggöra dilemman och konflikter, följa upp och kommunicera resultat, och säkerställa mänskliga rättigheter i kommunala kontrakt och andra rättsliga avtal.

Åtagandena gäller kommunen, landstinget och regionen som samhällsaktör, välfärdsaktör, demokratiaktör och arbetsgivaraktör. Plattformen togs fram av SKL tillsammans med forskare och praktiker.',
 'sv', 'PUBLISHED', NULL, ARRAY['role:samhallsaktor','role:valfardsaktor','role:demokratiaktor','role:arbetsgivaraktor']),
('GUIDANCE', 'indikatorklustret-for-mr-i-kolada', 'Indikatorklustret för mänskliga rättigheter i Kolada',
 'Ett kluster av nyckeltal om mänskliga rättigheter i Kolada, den nationella databasen för kommunala nyckeltal.',
 'Indikatorklustret för mänskliga rättigheter i Kolada är ett av resultaten från arbetet med överenskommelsen 2014–2017. Det gör det möjligt att följa upp arbetet med mänskliga rättigheter med nyckeltal per kommun, landsting och region.',
 'sv', 'PUBLISHED', 'https://www.kolada.se', '{}'),
('GUIDANCE', 'webbutbildning-manskliga-rattigheter', 'Webbutbildning om mänskliga rättigheter',
 'En översiktlig grundutbildning på webben om mänskliga rättigheter i kommuner, landsting och regioner.',
 'Webbutbildningen togs fram inom överenskommelsen 2014–2017. Handlingsplanen beskrev den som en översiktlig och lättillgänglig grundutbildning på webben, planerad tillsammans med Uppsala universitet, som kan användas i lokala och regionala grundutbildningar.',
 'sv', 'PUBLISHED', 'http://www.mrutbildning.se/skl', '{}');

INSERT INTO knowledge_course (code, kind, title, description, organiser, url) VALUES
('webbutbildning', 'WEBBUTBILDNING', 'Webbutbildning om mänskliga rättigheter',
 'Översiktlig grundutbildning på webben om mänskliga rättigheter i kommunal verksamhet.', 'SKR', 'http://www.mrutbildning.se/skl'),
('lokala-utbildningar', 'LOKAL_UTBILDNING', 'Lokala utbildningar och workshops',
 'Utbildningar och workshops som genomförs på uppdrag av kommuner, landsting och regioner.', 'SKR', NULL),
('strateger-och-utvecklingsledare', 'PROGRAM', 'Utbildnings- och utvecklingsprogram för strateger och utvecklingsledare',
 'Ett program för strateger och utvecklingsledare inom överenskommelsen 2017–2018.', 'SKR', NULL);
