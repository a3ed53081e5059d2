-- SKL's action plan under the 2014 agreement (seed 002) and the activities 2017–2018 under the 2017 agreement (seed 004).
-- Only what the documents say: no budgets per activity are given there, so none are entered.
INSERT INTO actionplan_plan (agreement_code, title, period_from, period_to, background, findings, target_group, goals) VALUES
('OK2014', 'Handlingsplan för ett stärkt arbete för mänskliga rättigheter i kommuner, landsting och regioner',
 DATE '2015-06-01', DATE '2017-06-30',
 'Som ett första steg har en kartläggning (Emerga 2015, Mänskliga rättigheter i kommuner, regioner och landsting) genomförts för att få en övergripande nulägesbild och identifiera kommuners, landstings och regioners behov av stöd och insatser. De centrala områden som lyfts fram i kartläggningen, samt rekommendationer och synpunkter från internationella granskningsorgan, ligger till grund för handlingsplanens inriktning. SKL bedömer att det krävs en positionsförflyttning från enstaka punktinsatser till ett mer systematiskt arbete, integrerat i lednings- och styrsystemet.',
 ARRAY[
  'Rättighetsarbetet saknar ofta en hållbar och tydlig struktur och det råder en stor variation i definitioner av mänskliga rättigheter, vilket försvårar ett gemensamt arbete och lärande.',
  'Det är vanligt att mänskliga rättighetsfrågor finns i mål- och visionsdokument, men det är inte lika tydligt om ett rättighetsperspektiv även genomsyrar verksamheterna.',
  'Det är ovanligt att arbeta med mänskliga rättigheter som ett samlande ramverk, vilket riskerar att resultera i ett splittrat rättighetsarbete.',
  'Det är relativt vanligt att ha en eller flera personer med uppdrag där mänskliga rättigheter ingår, men mandat, titel och position i organisationen varierar mycket.',
  'Uppföljningen av arbetet med mänskliga rättigheter sker på många olika sätt, och former för uppföljning behöver vidareutvecklas.',
  'Generellt saknas explicita kopplingar mellan styrning och uppföljning å ena sidan och mänskliga rättigheter å andra sidan.',
  'Utbud och tillgång till utbildning om mänskliga rättigheter för kommun- och landstingsanställda skiljer sig relativt mycket åt.',
  'Befolkningsmässigt stora kommuner, landsting och regioner, och de där andelen unga och/eller utlandsfödda är stor, tenderar att ha ett mer uttalat arbete.',
  'Barns och ungas rättigheter är det område där strukturerna för genomförande och uppföljning tycks vara mest etablerade.',
  'Där ett mer omfattande arbete sker finns en tydlig politisk vilja att driva frågorna, med yttersta samordningsansvar på direktörs- eller stadsledningsnivå.'
 ],
 'Framförallt ledande förtroendevalda och nyckelpersoner inom förvaltningen, till exempel chefer för verksamheter eller tjänstemän med övergripande och tvärsektoriella uppgifter. Insatserna ska också kunna omsättas ut i organisationen så att kunskapen inte stannar på nämnd- och förvaltningschefsnivå.',
 ARRAY[
  'Utveckla arbetet med att stärka respekten för mänskliga rättigheter i kommuner, landsting och regioner',
  'Öka samt utveckla kunskapen om hur mänskliga rättigheter kan omsättas i praktiken inom den kommunala verksamheten'
 ]),
('OK2017', 'Aktiviteter 2017–2018 enligt överenskommelsen 2017',
 DATE '2017-10-01', DATE '2018-09-01',
 'Den nya överenskommelsen 2017–2018 bygger vidare på resultaten från överenskommelsen 2014–2017: inspirationsskriften om mänskliga rättigheter i styrning och ledning, indikatorklustret i Kolada, MR-plattformen, webbutbildningen, lokala utbildningar och workshops samt kunskaps- och erfarenhetsutbyte mellan medlemmarna. Aktiviteterna är här ordnade under 2014 års fyra inriktningsområden.',
 '{}',
 'Förtroendevalda och anställda i kommuner och landsting.',
 ARRAY[
  'Ökade kunskaper hos förtroendevalda och anställda i kommuner och landsting om hur mänskliga rättigheter omsätts i praktiken i kommunala verksamheter',
  'Ökad integrering av mänskliga rättigheter i ordinarie processer för styrning och ledning i kommuner och landsting',
  'Fler kommuner och landsting använder plattformen med kriterier för mänskliga rättigheter i kommuner och landsting'
 ]);

INSERT INTO actionplan_focus_area (plan_id, code, position, title, description)
SELECT p.id, a.code, a.position, a.title, CASE WHEN p.agreement_code = 'OK2014' THEN a.description ELSE '' END
FROM actionplan_plan p CROSS JOIN (VALUES
 ('KUNSKAPSINHAMTNING', 1, 'Kunskapsinhämtning och dialog', 'Dialog, samarbete och omvärldsbevakning för att kunna ge ett bra stöd till kommuner, landsting och regioner: möten med berörda myndigheter och organisationer, svensk forskning, civilsamhället och internationella exempel.'),
 ('UTBILDNING', 2, 'Utbildning och kompetensutveckling', 'Den grundläggande kunskapen om mänskliga rättigheter behöver öka. Informations- och utbildningsinsatser som utgår från den kommunala verksamheten och visar hur mänskliga rättigheter kopplas till det dagliga arbetet.'),
 ('UTVECKLINGSARBETE', 3, 'Utvecklingsarbete', 'Utvecklingsarbeten med fördjupningar om hur mänskliga rättigheter införs i styrdokument och hur uppföljning görs för att säkerställa implementering och resultat, samt kriterier för ett tillfredsställande arbete.'),
 ('SPRIDNING', 4, 'Spridning', 'Samla och sprida information, erfarenheter och goda exempel, så att fler får vägledning, inspiration och möjlighet att samverka.')
) AS a (code, position, title, description);

INSERT INTO actionplan_activity (focus_area_id, seed_key, position, title, description, owner, partners, start_date, end_date, status, planned_results, achieved_results, goal_refs, criteria_refs)
SELECT f.id, s.seed_key, s.position, s.title, s.description, 'SKL', s.partners,
       p.period_from, p.period_to, s.status, s.planned, s.achieved, s.goals, s.criteria
FROM (VALUES
 ('OK2014', 'KUNSKAPSINHAMTNING', 'ok2014-dialog-myndigheter', 1, 'Dialog med myndigheter och organisationer',
  'Kontinuerliga möten med berörda myndigheter och organisationer för att hitta samarbetsmöjligheter, till exempel vid utvecklingsarbeten och framtagande av utbildningar.',
  ARRAY['Diskrimineringsombudsmannen','Barnombudsmannen','Myndigheten för delaktighet','Länsstyrelserna','Civilsamhällets organisationer'],
  'PLANERAD', 'Samarbetsmöjligheter och kunskap som är av vikt för arbetet tas till vara.', '', ARRAY['OK2014:1'], ARRAY[]::text[]),
 ('OK2014', 'KUNSKAPSINHAMTNING', 'ok2014-mr-rad', 2, 'Medverkan i referensgruppen MR-råd vid Uppsala universitet',
  'SKL medverkar i den referensgrupp (MR-råd) som Uppsala universitet har bildat, för kontinuerlig dialog, erfarenhetsutbyte och diskussion om samarbetsmöjligheter.',
  ARRAY['Uppsala universitet','Diskrimineringsombudsmannen','Barnombudsmannen','Myndigheten för delaktighet','Länsstyrelsen i Dalarna','Länsstyrelsen i Stockholm','Svenska ESF-rådet'],
  'PLANERAD', 'Kontinuerlig dialog och erfarenhetsutbyte.', '', ARRAY['OK2014:1'], ARRAY[]::text[]),
 ('OK2014', 'KUNSKAPSINHAMTNING', 'ok2014-forskning', 3, 'Ta del av svensk forskning',
  'Svensk forskning om bland annat implementering, horisontella perspektiv och den lokala och regionala nivåns roll tas in i arbetet, liksom i utvecklingsarbete som kriterieframtagande.',
  ARRAY['Forskare'], 'PLANERAD', '', '', ARRAY['OK2014:2'], ARRAY[]::text[]),
 ('OK2014', 'KUNSKAPSINHAMTNING', 'ok2014-civilsamhalle', 4, 'Kunskap från civilsamhället',
  'Inhämta kunskap från civilsamhällesorganisationer som synliggör brister, erbjuder stöd och utbildning och är samarbetspartner lokalt och regionalt.',
  ARRAY['Civilsamhällets organisationer'], 'PLANERAD', '', '', ARRAY['OK2014:1'], ARRAY[]::text[]),
 ('OK2014', 'KUNSKAPSINHAMTNING', 'ok2014-internationellt', 5, 'Internationella exempel på systematiskt arbete',
  'Utforska internationella exempel på systematiskt arbete för att säkerställa mänskliga rättigheter som stöd och exempel för svenska kommuner, landsting och regioner.',
  ARRAY[]::text[], 'PLANERAD', '', '', ARRAY['OK2014:2'], ARRAY[]::text[]),
 ('OK2014', 'UTBILDNING', 'ok2014-ledningen', 1, 'Utbildning för ledningen i politik och förvaltning',
  'Utbildning i mänskliga rättigheter för ledningen inom politiken och på förvaltningsnivå, för att sätta frågan på agendan, skapa förståelse för roller och ansvar och stödja strategier så att kunskapen genomsyrar organisationen. Frågorna vävs även in i andra utbildningar som SKL arrangerar.',
  ARRAY[]::text[], 'PLANERAD', '', '', ARRAY['OK2014:2'], ARRAY[]::text[]),
 ('OK2014', 'UTBILDNING', 'ok2014-webbutbildning', 2, 'Grundutbildning på webben',
  'En översiktlig och lättillgänglig grundutbildning på webben tillsammans med Uppsala universitet, som kan användas i lokala och regionala grundutbildningar. Verktyget Joined up tool kit kan komma att användas.',
  ARRAY['Uppsala universitet'], 'GENOMFORD', 'En bas att stå på för lokala och regionala grundutbildningar.', 'Webbutbildning: www.mrutbildning.se/skl', ARRAY['OK2014:2'], ARRAY[]::text[]),
 ('OK2014', 'UTBILDNING', 'ok2014-natverk-konferenser', 3, 'Kunskapsnätverk, seminarier och regionala konferenser',
  'Kunskapsnätverk, seminarier och regionala konferenser där kommuner, landsting och regioner från utvecklingsarbetet och internationella erfarenheter används som exempel.',
  ARRAY[]::text[], 'GENOMFORD', '', 'Lokala utbildningar och workshops.', ARRAY['OK2014:2'], ARRAY[]::text[]),
 ('OK2014', 'UTBILDNING', 'ok2014-gemensam-plattform', 4, 'Gemensam plattform för SKL:s stöd i MR-frågor',
  'Internt arbete för att skapa en gemensam plattform och förbättra SKL:s samordning och stöd i MR-relaterade områden; utbildningsmetoder från bland annat Program för hållbar jämställdhet, barnets rättigheter, medborgardialog och jämlik ledning och styrning analyseras och vidareutvecklas.',
  ARRAY[]::text[], 'PLANERAD', '', '', ARRAY['OK2014:1'], ARRAY[]::text[]),
 ('OK2014', 'UTVECKLINGSARBETE', 'ok2014-styrning-ledning', 1, 'Mänskliga rättigheter i styrning och ledning',
  'Utvecklingsarbeten om hur mänskliga rättigheter införs i styrdokument så att det får genomslag i verksamheten, och hur uppföljning och granskning görs för att säkerställa implementering och resultat.',
  ARRAY[]::text[], 'GENOMFORD', '', 'Inspirationsskriften Mänskliga rättigheter i styrning och ledning: erfarenheter och lärdomar.', ARRAY['OK2014:1'], ARRAY[]::text[]),
 ('OK2014', 'UTVECKLINGSARBETE', 'ok2014-uppfoljning-indikatorer', 2, 'Uppföljning och indikatorer',
  'Tillsammans med intresserade medlemmar titta på former för styrprocesser som ger effekt och utforska vilken data och vilka indikatorer som är relevanta och tillgängliga.',
  ARRAY[]::text[], 'GENOMFORD', '', 'Indikatorklustret för mänskliga rättigheter i Kolada.', ARRAY['OK2014:1'], ARRAY[]::text[]),
 ('OK2014', 'UTVECKLINGSARBETE', 'ok2014-kriterier', 3, 'Kriterier för ett tillfredsställande arbete med mänskliga rättigheter',
  'Tillsammans med forskare och praktiker ta fram kriterier för vad som kännetecknar ett tillfredsställande arbete med mänskliga rättigheter på lokal och regional nivå.',
  ARRAY['Forskare','Praktiker'], 'GENOMFORD', '', 'MR-plattformen: Mänskliga rättigheter på lokal och regional nivå – en plattform för policy- och verksamhetsutveckling.', ARRAY['OK2014:1'], ARRAY[]::text[]),
 ('OK2014', 'SPRIDNING', 'ok2014-spridning', 1, 'Sprida information, erfarenheter och goda exempel',
  'Samla och sprida information, erfarenheter och goda exempel genom SKL:s befintliga arenor och kontakter, och ge utrymme för den kunskap som kommuner, landsting och regioner vill dela med sig av.',
  ARRAY[]::text[], 'GENOMFORD', '', 'Aktivt kunskaps- och erfarenhetsutbyte mellan medlemmarna.', ARRAY['OK2014:2'], ARRAY[]::text[]),
 ('OK2017', 'UTBILDNING', 'ok2017-webbutbildning', 1, 'Utveckla den webbaserade introduktionsutbildningen', '', ARRAY[]::text[], 'PLANERAD', '', '', ARRAY['OK2017:1'], ARRAY[]::text[]),
 ('OK2017', 'UTBILDNING', 'ok2017-utbildningar-pa-uppdrag', 2, 'Genomföra utbildningar på uppdrag av kommuner, landsting och regioner', '', ARRAY[]::text[], 'PLANERAD', '', '', ARRAY['OK2017:1'], ARRAY[]::text[]),
 ('OK2017', 'UTBILDNING', 'ok2017-strateger', 3, 'Utbildnings- och utvecklingsprogram för strateger och utvecklingsledare', '', ARRAY[]::text[], 'PLANERAD', '', '', ARRAY['OK2017:1','OK2017:2'], ARRAY[]::text[]),
 ('OK2017', 'SPRIDNING', 'ok2017-sprida-exempel', 1, 'Sprida exempel på hur mänskliga rättigheter kan integreras i styrning och ledning', '', ARRAY[]::text[], 'PLANERAD', '', '', ARRAY['OK2017:2'], ARRAY[]::text[]),
 ('OK2017', 'UTVECKLINGSARBETE', 'ok2017-implementera-plattformen', 1, 'Implementera plattformen som utgångspunkt för policy- och verksamhetsutveckling', '', ARRAY[]::text[], 'PLANERAD', '', '', ARRAY['OK2017:3'], ARRAY[]::text[]),
 ('OK2017', 'UTVECKLINGSARBETE', 'ok2017-utvecklingsnatverk', 2, 'Utvecklingsnätverk som utifrån plattformen stärker det systematiska arbetet med mänskliga rättigheter', '', ARRAY[]::text[], 'PLANERAD', '', '', ARRAY['OK2017:3'], ARRAY[]::text[])
) AS s (agreement_code, area_code, seed_key, position, title, description, partners, status, planned, achieved, goals, criteria)
JOIN actionplan_plan p ON p.agreement_code = s.agreement_code
JOIN actionplan_focus_area f ON f.plan_id = p.id AND f.code = s.area_code
ON CONFLICT (seed_key) DO NOTHING;
