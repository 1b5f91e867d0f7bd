import { nhsNumber } from '../checksums';
import type { DraftGroup } from './group';

export const ibd: DraftGroup = {
  prefix: 'ibd',
  topic: "Crohn's disease and ulcerative colitis groups",
  drafts: [
    `Hi all, newbie here 👋 I'm {{PERSON|Sarah Jenkins}}, {{AGE|34}}, diagnosed with Crohn's last year. Started Humira in March and honestly no change yet. My GI Dr {{PERSON|Okonkwo}} at {{ORGANIZATION|St James's}} wants to switch me to Stelara. anyone been on both??`,
    `Does anyone else get really bad joint pain with their Crohn's? Mine flares in the knees and ankles. GP just says take paracetamol 🙄 Started Azathioprine 100mg in January, bloods fine so far.`,
    `colonoscopy booked for {{DATE|14th March}} at {{ORGANIZATION|Leeds General Infirmary}}, absolutely bricking it. the prep is moviprep, any tips on getting it down?? x`,
    `Reading the leaflet for Entyvio and it says infusions every 8 weeks. Is that the same for everyone? Mine is at the hospital day unit and they said 30 min. Will it make me tired?`,
    `My son {{PERSON|Jake}} ({{AGE|9}}) has just been diagnosed with UC. He's on Octasa 800mg and we're waiting on a calprotectin result. If any parents want to chat privately my number is {{PHONE|07911 123456}}, please text first as I work nights.`,
    `Calprotectin came back at 850 😩 was 120 in the summer. IBD nurse said to up Pentasa to 4g and ring 111 if I get a fever. Has anyone had a level that high and avoided steroids?`,
    `Anyone under Prof {{PERSON|Amir Khan}} at {{ORGANIZATION|Manchester Royal Infirmary}}? I've been referred and want to know what he's like. I live in {{LOCATION|Didsbury}} so it's close at least`,
    `Crohn's & Colitis UK have a really good leaflet on fatigue, worth a read. Also the NHS page on low residue diets. Don't give up hun, it does get better x`,
    `Selling my unused Modulen tins, 12 of them, all in date. Collection from {{ADDRESS|22 Hollybank Road}}, {{LOCATION|Sheffield}} {{POSTCODE|S7 2FE}} or message me on {{EMAIL|deb.marsh1972@gmail.com}}`,
    `Flare update: on pred 40mg tapering by 5mg a week. Moon face is real lol. Mebeverine and Buscopan for the cramps. Hope everyone's having a better Monday than me`,
    `Hello from {{LOCATION|Cork}} ☘️ {{AGE|28M}}, ileostomy since 2019. Surgeon was Mr {{PERSON|Fitzgerald}} in {{ORGANIZATION|the Mercy}} and he was brilliant, cant recommend him enough`,
    `How long did it take Stelara to kick in for you? Week 8 for me and still going 6-7 times a day. The Crohn's nurse says give it til week 16. Patience is not my strong point 😂`,
    `Long shot but my gofundme for the private pill cam is {{URL|gofundme.com/f/help-kerry-get-a-pill-cam}} — waiting list is 14 months in Wales and I can't work. Any share appreciated 🙏`,
    `is it normal for Infliximab levels to drop? mine were 2.1 and they want to go to every 6 weeks. also had my B12 at 180 so starting injections, anyone else low on b12 with crohns`,
    `Can someone explain my letter?? copied it exactly: "Re: Mrs {{PERSON|Karen Doyle}}, NHS No: {{ID_NUMBER|${nhsNumber('485777322')}}}, DOB: {{DOB|12/05/1968}}. Terminal ileum shows active inflammation with a 6cm stricture." what does stricture mean for me 😟`,
    `Pouch people - how many times a day do you go? I'm about 6 and the surgeon says that's fine. On loperamide 2mg x3 and psyllium. Still waking up at night though.`,
    `we're in {{LOCATION|Ballarat}} and my daughter {{PERSON|Mia}} is {{AGE|14}}, just started on Humira through the {{ORGANIZATION|Royal Children's}} - has anyone got their teens to do the injections themselves?`,
    `Sjögren's AND Crohn's here, lucky me. Eyes like sandpaper. Anyone tried Ikervis drops? Mayo Clinic site says the dryness can be linked to the gut too but my consultant wasn't convinced.`,
    `anyone on the Entyvio trial at {{ORGANIZATION|Mount Sinai}}? my coordinator {{PERSON|Rachel}} said they still have spots. I'm in {{LOCATION|Hoboken}} so the commute is ok. {{AGE|41F}}, UC since 2011`,
    `Bowel prep tonight for tomorrow's scope. Plenvu this time not Moviprep. 2 litres of water then the second dose at 5am. Wish me luck 🍀`,
  ],
};
