import type { DraftGroup } from '../forum-drafts/group';

export const gutSkin: DraftGroup = {
  prefix: 'h2-gut',
  topic: 'IBS, coeliac, psoriasis and eczema groups',
  drafts: [
    `Hi all, {{AGE|42F}}, long time lurker first time poster. Finally got my coeliac dx after the gastro at {{ORGANIZATION|St Vincent's}} did the scope on {{DATE|9th Feb}} - Marsh 3b. tTG was >128 (ref <7). Anyone in {{LOCATION|Dún Laoghaire}} know a cafe that actually does GF properly? Not just "gluten friendly" 🙄`,
    `Coeliac UK's Crossed Grain symbol is the only thing I trust now. Got glutened by a "GF" brownie at a market on Saturday, 3 days of hell. tTG-IgA was 9 U/mL at my annual review (under 10 is normal for their lab) so at least it was a one-off.`,
    `ibs-d gang how do we feel about amitriptyline 10mg vs mebeverine 135mg three times a day?? GP says try one for 6 weeks then review. Buscopan does nothing for me tbh`,
    `{{LOCATION|Crosby}} mum here. my daughter is {{AGE|6}} and just been diagnosed coeliac, she had her bloods at {{ORGANIZATION|Alder Hey}} and the dietitian {{PERSON|Meera}} was brilliant with her. Anyone got lunchbox ideas that don't cost a fortune? x`,
    `Low FODMAP reintroduction week 3 - honey challenge. Monash app says 1 tsp is green, 1 tbsp is amber-ish. Reacted at 2 tsp. Does that mean fructose is my trigger or am I overthinking it? Dietitian review isn't till June.`,
    `PASI went from 18 to 2 on Bimzelx 🥹 Dermatologist Dr {{PERSON|Okonjo}} at {{ORGANIZATION|Salford Royal}} said she's never seen anyone clear so fast. If you're under her, push for the biologic, don't let them keep you on methotrexate forever`,
    `Anyone else find Dovobet gel better than the ointment? Scalp psoriasis is flaring like mad with the cold weather. Also tried Capasal shampoo, T/Gel and Sebco. Will try coal tar again I guess`,
    `TW: skin pics in comments. my son {{PERSON|jaxon}} ({{AGE|4}}) has had eczema since birth and nothing works. Derm at {{ORGANIZATION|Nationwide Children's}} wants to start Dupixent. we're in {{LOCATION|Hilliard}}, OH and insurance ({{OTHER|Anthem}}) already denied once. any tips for the appeal? dm me or text {{PHONE|(614) 327-8841}}`,
    `Topical steroid withdrawal is real and I wish more derms would admit it. 8 months off Elocon and Eumovate. Oozing has stopped, flaking is less. The ITSAN website has some good info if you're just starting. Sending hope to everyone in the thick of it ❤️`,
    `Quick q - does Universal Credit count coeliac as a disability? Probably not but my friend said you can still get GF bread on prescription in some areas? Not in England anymore I think, but maybe Wales and Scotland still do`,
    `Anyone near {{LOCATION|Swindon}}? Setting up a small IBS support meet, first Thursday of each month at the library. Email me on {{EMAIL|k.ashworth.ibs@gmail.com}} if you want to come along, no pressure to talk.\n{{PERSON|Kerry}}`,
    `What's everyone's Bristol stool chart number today 😂 mine's bouncing between 1 and 6 which I didn't know was possible. Rome IV criteria says IBS-M. Gastro wants a calprotectin (last one was 38 ug/g so fine) before anything else.`,
    `Just moved to {{LOCATION|Coburg}} from {{LOCATION|Brisbane}} and need a GF bakery that isn't $14 a loaf lol. Also a new GP who knows coeliac - the one at {{ORGANIZATION|Sydney Road Family Practice}} keeps telling me to "just have a little bit" 😡`,
    `PSA for my fellow psoriasis folks: the Psoriasis Association has a helpline and the NPF in the US has a Patient Navigation Center, both free. Also {{OTHER|Kim Kardashian}} and {{OTHER|Cara Delevingne}} have both talked about theirs, which helped my teenager feel less weird about it.`,
    `Giving away 3 big tubs of Epaderm and 2 Doublebase gel pumps, my dermo switched me to something else. Collection from {{ADDRESS|14 Ardmore Park}}, {{LOCATION|Bishopstown}}, {{POSTCODE|T12 K7PW}} or ring {{PHONE|087 341 9826}} after 6. {{PERSON|Siobhan}}`,
    `lol my husband says I scratch like a dog with fleas. Eczema on my eyelids is the worst, cant use the strong stuff there. Derm said Protopic 0.03% twice daily for 2 weeks then twice a week. Anyone tried it on eyelids? burned like hell for the first 3 days`,
    `omg just found this grp!! im {{AGE|23}} n been living w ibs since i was 15. i post my safe recipes on tiktok {{HANDLE|@gutfeelingsbyem}} if ne1 wants ideas x`,
    `PLEASE READ LABELS. "May contain" is NOT the same as "made in a factory that handles". Coeliac UK say the may-contain warnings are voluntary. I learned the hard way at a wedding in April. 6 days off work.`,
    `Ontario folks - does OHIP cover a dietitian for celiac? I was dx'd {{DATE|March 3}}. My GI's office keeps asking me to fax a form with my health card no. {{ID_NUMBER|5382-019-478}} on it... who even has a fax anymore lol. I'm in {{LOCATION|Etobicoke}}, {{POSTCODE|M9C 4V2}} if anyone knows someone good nearby.`,
    `> has anyone had a negative blood test but positive biopsy?\n\nYes! Seronegative coeliac is a thing, about 2-3% apparently. Make sure you were eating gluten (they say the equivalent of 2 slices of bread a day for 6 weeks) before the test, otherwise it can come back false negative. Also ask about IgA deficiency - total IgA should be checked alongside. There's a good page at nhs.uk/conditions/coeliac-disease`,
  ],
};
