import type { DraftGroup } from '../forum-drafts/group';

export const hormones: DraftGroup = {
  prefix: 'h2-repro',
  topic: 'Endometriosis, PCOS, menopause and IVF groups',
  drafts: [
    `Excision surgery booked for {{DATE|22nd May}} with Mr {{PERSON|Adeyemi}} at {{ORGANIZATION|the Royal Surrey}}, BSGE centre. 11 years to get here. Anyone had a bowel shave with him? Terrified but also so relieved`,
    `Visanne (dienogest 2mg) month 4 update: bleeding stopped, pain down from 8/10 to maybe 4/10, mood a bit flat. Was on Zoladex before with add-back HRT. Endometriosis UK's helpline was really helpful when I was deciding.`,
    `{{AGE|26F}}, PCOS dx at 19, on metformin ER 1500 + inositol 40:1 ratio. lost 12kg. i share my meals on insta {{HANDLE|@cysterkitchen.jules}} 🥑 no diet culture just stuff that helps my insulin resistance`,
    `Anyone watched the {{OTHER|Davina McCall}} documentary? Finally convinced my GP to prescribe HRT - Oestrogel 2 pumps + Utrogestan 100mg continuous. Hot flushes down from 20 a day to about 3. The Menopause Charity website is brilliant too.`,
    `Menopause clinic at {{ORGANIZATION|the Sandyford}} lost my referral AGAIN. Ringing them tomorrow - do they usually ask for the CHI number? Mine's {{ID_NUMBER|1503744124}}, writing it here so I can find it on my phone lol. Age {{AGE|51}}, {{LOCATION|Paisley}}.`,
    `Day 5 blast transfer done! 4AA grade. Beta is booked for next Friday. On Cyclogest 400mg twice a day and Progynova 2mg x3. The two week wait is going to break me. Baby dust to everyone 🌟`,
    `Any girls from {{LOCATION|Galway}} doing the public IVF scheme? We're starting cycle 1 with {{ORGANIZATION|Sims}} after Christmas, AMH only 4.2 pmol/L at {{AGE|38}}. Would love a WhatsApp buddy, my number is {{PHONE|+353 86 214 7783}} 💕 {{PERSON|Aoife}}`,
    `Rotterdam criteria means you only need 2 of 3 - irregular periods, high androgens, polycystic ovaries on scan. I have the first two but a normal scan and my GP says I "can't have PCOS". Testosterone 2.9 nmol/L (range 0.3-2.4). Is it worth pushing?`,
    `Centrelink want my Medicare number on the form for the disability support pension - is it {{ID_NUMBER|2746 93182 1}}, the whole thing incl the 1 at the end? Sorry if dumb q. Endo stage 4, adeno too, {{AGE|33}}, {{LOCATION|Geelong}} xx`,
    `Endo Awareness Month is March. Wear yellow! I'll be doing the virtual walk with Endometriosis Australia. Never lose hope girls, it took me 9 years and 3 laps to get a diagnosis but I'm finally on Ryeqo and living again.`,
    `Perimenopause in my mid 40s? FSH 38 IU/L, estradiol <20 pg/mL. OB said "you're too young" and offered the pill. The Menopause Society (used to be NAMS) has a find-a-practitioner tool. Has anyone used Midi or another telehealth for HRT?`,
    `Leftover Menopur (4 vials) and Cetrotide, exp 2026, free to anyone who needs it, pick up only at {{ADDRESS|1827 Maple Ridge Dr}}, {{LOCATION|Plano}}, TX {{POSTCODE|75093}} or email {{EMAIL|kaylee.ivfjourney@yahoo.com}}. Paying it forward after our 3rd retrieval 🙏`,
    `Ferriman-Gallwey score 14 😭 Laser is helping. Vaniqa cream made no difference for me. Spironolactone 100mg has been the game changer but you HAVE to be on contraception with it. Verity the PCOS charity has a good page on it.`,
    `kia ora all, {{AGE|49}} and in full blown peri. night shifts at {{ORGANIZATION|waikato hospital}} are impossible with the night sweats. anyone in {{LOCATION|hamilton}} got a good GP for HRT? mine says estrogel isn't funded (it is now i think??)`,
    `> how many embryos did you get from 14 eggs?\n\nWe got 14 eggs, 11 mature, 8 fertilised, 3 blasts on day 5 and 1 on day 6. Pretty standard attrition they said. Retrieval to transfer was 5 days. Good luck with your collection!`,
    `Helping my sister fill in her forms for the pain clinic as she can't hold a pen today. Her DOB is {{DOB|04/11/1991}} and her hospital number is {{ID_NUMBER|K4829107}} - where does that go on the {{ORGANIZATION|Ninewells}} form, box 3 or 7? Thanks, {{PERSON|Lorna}}`,
    `HR at work have started a menopause policy - fans on desks, flexible start times, uniform changes. Might be worth asking yours. Also I learned there's an HRT prescription prepayment certificate for £19.80 a year in England. Saved me a fortune since June.`,
    `My husband {{PERSON|Ryan}} and I are 2 yrs TTC, male factor (morphology 1%). We run a small discord for couples going through ICSI in Canada, add me on discord {{HANDLE|maplebean_ttc}} for the invite or find us at {{URL|facebook.com/maplebeanttc}}. We're in {{LOCATION|Kanata}}.`,
    `Summer is the worst for PCOS skin. Anyone tried the rose water toner thing from TikTok? Derm said azelaic acid 15% and tret 0.025% instead. Also to be frank the pill made my acne WORSE not better.`,
    `AIBU to be annoyed that DH booked a holiday for the week of my period? I know he can't predict it exactly but my cycle is 28 days like clockwork and I've told him 100 times that days 1-3 I'm bedbound. Endo and adeno. YABU or NBU?`,
  ],
};
