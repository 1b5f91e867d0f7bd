import type { DraftGroup } from '../forum-drafts/group';

export const autoimmune: DraftGroup = {
  prefix: 'ho-lupus',
  topic: 'Lupus, Sjögren\'s, thyroid and other autoimmune groups',
  drafts: [
    `Lupus warriors 💜 I'm {{PERSON|Rose}}, {{AGE|31}}, SLE with kidney involvement (class IV nephritis). Starting mycophenolate 1g twice daily after my biopsy at {{ORGANIZATION|Guy's}} on {{DATE|18th Jan}}. scared of the hair loss tbh`,
    `Does hydroxychloroquine make anyone else's tinnitus worse? Or is that the lupus? Eye screening is due next month. Plaquenil 200mg x2.`,
    `I rose at 5am with the worst butterfly rash I've had in years. Sun for like 20 mins yesterday. SPF 50 every day from now, lesson learned. Anyone recommend a mineral sunscreen that doesn't leave you grey?`,
    `Hashimoto's + Addison's here (APS2). Endo at {{ORGANIZATION|Ninewells}} in {{LOCATION|Dundee}} has me on hydrocortisone 10/5/5 and levo 100. My clinic letter says CHI {{ID_NUMBER|2307914080}} at the top and I've just realised I posted a photo of it in the other group 🤦‍♀️ deleted now. If anyone wants to chat my email is {{EMAIL|kirsty.addisons@outlook.com}} x`,
    `Graves' disease, on carbimazole 20mg. TSH still suppressed, T4 24. Endo mentioned RAI or surgery. Anyone have thyroid eye disease too? My eyes are so gritty.`,
    `My mum ({{AGE|72}}) has giant cell arteritis, on 40mg pred. She lives on her own in {{LOCATION|Ballymena}} and I'm over in {{LOCATION|Bristol}} so I'm panicking about the steroid side effects. Her GP Dr {{PERSON|McAuley}} says the bone protection is fine but she's already had one fall. How do you support from a distance?`,
    `Has anyone done the Lupus UK befriending thing? Also {{OTHER|Selena Gomez}} talking about her kidney transplant made me cry, finally someone famous with lupus being honest`,
    `Scleroderma diagnosis last week, limited cutaneous. Consultant is Prof {{PERSON|Okonjo}} at {{ORGANIZATION|the Royal Free}}. I'm {{AGE|44}}, work in a call centre for {{ORGANIZATION|Sky}} and typing is already sore. Will ask about adjustments. Any tips for fingertip ulcers??`,
    `Sjogren's people: what do you use for dry mouth at night? Biotene gel is ok but wears off. Xylimelts someone mentioned? Dentist says 3 new fillings this year 😭 read that {{OTHER|Venus Williams}} has it too`,
    `hi my name is {{PERSON|faith}} and im {{AGE|19}}. got told i probably have lupus (ANA 1:640, dsDNA positive) but the rheumy at {{ORGANIZATION|UCLH}} says come back in 6 months?? i'm a 2nd year at {{ORGANIZATION|Goldsmiths}} and missing so many lectures. is that normal to just wait`,
    `Faith in doctors is at an all time low tbh. 7 years to get a diagnosis, 4 rheumatologists. If you're still fighting for answers don't give up.`,
    `Anyone in the {{LOCATION|Houston}} area know a lupus specialist who takes {{OTHER|Blue Cross}}? Ours retired. My daughter {{PERSON|Hope}} is {{AGE|16}} and has been flaring since {{DATE|March 3rd}}, missed most of junior year. DM me or call {{PHONE|(713) 555-0184}}, evenings are best`,
    `Hope everyone's doing ok in this heat. Lupus and 30 degrees don't mix. Fan, ice packs, blinds shut. See you on the other side 🥵`,
    `Vasculitis (GPA) survivor, 5 yrs in remission 🎉 British but living in {{LOCATION|Alicante}} now, rituximab every 6 months at {{ORGANIZATION|Hospital General de Alicante}}. If you've just been diagnosed I'm happy to chat, I'm {{HANDLE|@vasculitis_vic}} on insta`,
    `Pred moon face. That's the post. 15mg and tapering by 2.5 every 2 weeks. Anyone else just avoid mirrors? "It's never lupus" my foot, House lied to us all 😂`,
    `Ok this is embarrassing but I posted my blood results in the other group with my hospital number showing ({{ID_NUMBER|RM4820193}}) and my full name {{PERSON|Jackie Forde}} 🙈 should I ask the admin to delete?`,
    `Autoimmune thyroid + coeliac. Is gluten-free bread on prescription still a thing in England? My GP says they stopped it. Wales and Scotland still do I think.`,
    `Lupus nephritis update: eGFR up to 58 from 41 🙌 proteinuria dropping. Thank you Dr {{PERSON|Nadia Haddad}} at {{ORGANIZATION|Toronto General}}, you're a legend. Next bloods {{DATE|June 12}}.`,
    `Does anyone else keep a symptom diary? I use the Bearable app. Shows my flares are worse the week before my period and after bad sleep. Worth showing your rheumy. The NHS page is decent too https://www.nhs.uk/conditions/lupus/`,
  ],
};
