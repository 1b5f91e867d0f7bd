import { nhsNumber, ppsNumber } from '../checksums';
import type { DraftGroup } from '../forum-drafts/group';

export const thyroid: DraftGroup = {
  prefix: 'h7-thyroid',
  topic: 'thyroid and adrenal groups',
  drafts: [
    `Levothyroxine and coffee - how long do you actually wait? I take mine at 6am and can't face waiting a full hour. TSH was 3.8 last time, GP says "in range" but I still feel rubbish.`,
    `Newly diagnosed Graves' here. {{PERSON|Aoife}}, {{AGE|31}}, {{LOCATION|Galway}}. Started carbimazole 20mg. Endo at {{ORGANIZATION|UHG}} mentioned RAI down the line but I've a toddler so not keen. Anyone been through it with small kids?`,
    `Hashimoto's And Gluten - Worth Trying? So many posts saying going gluten free dropped their antibodies. Mine are over 600. My endo rolled his eyes but I'm tempted to give it three months.`,
    `Question about the NHS steroid emergency card - is it normal to write your NHS number on it? I've put mine ({{ID_NUMBER|${nhsNumber('943618205')}}}) under my name and "Addison's, hydrocortisone 100mg IM". Husband says it's a bad idea if I lose my purse.`,
    `Sick day rules reminder for the newbies: double your hydrocortisone if you've a temp over 37.5, triple over 39, and if you're vomiting use your injection and ring 999. The Addison's Disease Self-Help Group leaflet explains it really well.`,
    `My thyroidectomy is booked for Tuesday {{DATE|9th July}} at {{ORGANIZATION|Royal Surrey}}, surgeon is Mr {{PERSON|Adeyemi}}. Any tips for the neck drain and how long before I can drive?`,
    `T3 on the NHS is basically impossible now. Has anyone actually got liothyronine prescribed after the NICE guidance? My GP says the ICB won't fund it for new patients.`,
    `Cortisol pump folks - I'm trialling one through my endo at {{ORGANIZATION|Cleveland Clinic}}, started {{DATE|March 3rd}}. Curious how others handle site changes in summer. Happy to compare notes by email if it's easier: {{EMAIL|kdzurilla.adrenal@gmail.com}}`,
    `Why do I feel worse on a higher dose? Went from 100 to 125mcg levo six weeks ago and my heart is racing, can't sleep, hair coming out in handfuls. Bloods due next week.`,
    `Any thyroid cancer mob in {{LOCATION|Toowoomba}}? I'm {{AGE|44}}, papillary, just finished RAI at {{ORGANIZATION|St Vincent's}} and feeling pretty isolated. Would love to chat to someone who gets it.`,
    `Selenium for thyroid eye disease - the study everyone quotes used 100mcg twice a day. Check with your doctor first though, it's easy to overdo. The British Thyroid Foundation has a good page on it.`,
    `I post my dose diary and blood results on Instagram, {{HANDLE|@butterflyneck_bex}}, mostly so I can see patterns myself but a few people said it helped them. Currently on 75 levo + 10 T3.`,
    `Hypothyroid And Exhausted By 2pm. Anyone else? Sleep 9 hours, still crash after lunch. Ferritin 28, B12 310, vit D 45. Are any of those low enough to matter?`,
    `Referral finally came through, appointment is {{DATE|Nov 18}} with Dr {{PERSON|Okafor}} at {{ORGANIZATION|Royal University Hospital}}. Anyone in {{LOCATION|Saskatoon}} seen her for adrenal insufficiency? What should I bring?`,
    `Steroid Emergency Card app - anyone using it? So much easier than the paper card getting mushed in the bottom of my bag. Also finally ordered a MedicAlert bracelet.`,
    `Lost my Addison's bracelet somewhere around {{LOCATION|Hebden Bridge}} on Saturday. Silver with a red star symbol, engraved on the back. If anyone finds it please ring {{PHONE|0113 496 0573}}, it means a lot to me.`,
    `Cushing's recovery timeline? Had pituitary surgery last autumn and still weaning off hydrocortisone, down to 15mg. Steroid withdrawal is brutal. When did you start feeling human?`,
    `Filling in the Drugs Payment Scheme form for my levothyroxine and hydrocortisone and it wants PPS numbers for everyone in the house. Mine's {{ID_NUMBER|${ppsNumber('6284117')}}} but I can't find my son's anywhere. Can I send it without his?`,
    `Does anyone know if Armour Thyroid is still available in the UK? Heard it's been discontinued. Been on NDT for years and levo alone never worked for me.`,
    `My daughter {{PERSON|Keira}} was born {{DOB|12 February 2016}} and picked up with congenital hypothyroidism from the heel prick. She's thriving on her levo but I'd love to connect with other parents of CH kids.`,
    `Hot flushes or thyroid? In my early 50s, on levo, and I genuinely can't tell what's menopause and what's my TSH being off. HRT appointment next month.`,
    `Clearing out after Mum passed. Free to a good home: blood pressure monitor, big pill organiser, shower stool. Pick up from {{ADDRESS|22 Fraser Street}}, {{LOCATION|Tauranga}} if anyone local can use them 💛`,
    `Radioactive iodine isolation - what did you do with pets? Vet said keep the cat out of the bedroom for a week. Husband is exiled to the spare room too.`,
    `Expat in {{LOCATION|Utrecht}} here. My huisarts at {{ORGANIZATION|Gezondheidscentrum Overvecht}} won't refer me to an endocrinologist, says a TSH of 5.1 is fine at my age ({{AGE|58}}). Is that normal in the Netherlands?`,
    `Saw {{OTHER|Gigi Hadid}} talking about Hashimoto's again. Nice to see it mentioned even if the comments are full of weight loss nonsense.`,
  ],
};
