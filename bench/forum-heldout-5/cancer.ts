import { ppsNumber } from '../checksums';
import type { DraftGroup } from '../forum-drafts/group';

export const cancer: DraftGroup = {
  prefix: 'h5-cancer',
  topic: 'Cancer groups: patients, survivors and carers',
  drafts: [
    `My dad {{PERSON|Derek}} ({{AGE|71}}) starts FOLFOX at {{ORGANIZATION|the Christie}} next week for bowel cancer that's spread to his liver. We're only 20 minutes away in {{LOCATION|Stockport}} but he's refusing to let me drive him. How do I get a stubborn Yorkshireman to accept help?? 😅`,
    `Macmillan grant came through today, £350 towards the heating bill. If you're struggling with money during treatment please ring them on 0808 808 00 00, the benefits advisor I spoke to was so kind and knew everything.`,
    `Filling in the medical card form for my husband {{PERSON|Declan}}. It asks for his PPSN, which I have as {{ID_NUMBER|${ppsNumber('8174326')}}}, and then mine too. Does the oncology social worker at {{ORGANIZATION|St Luke's}} usually sign the supporting bit or is it the GP? Radiotherapy starts soon and I'm drowning in forms.`,
    `Title: {{AGE|38F}}, stage 2 IDC, ER+/PR+/HER2-. Lumpectomy is {{DATE|Oct 3}}, what do I actually need?

Surgeon is Dr {{PERSON|Lindqvist}} at {{ORGANIZATION|Huntsman}}. I've seen lists online but they all say different things:
- front-fastening bras?
- seatbelt pillow?
- arnica??
What did you actually use vs never touch?`,
    `Scanxiety is real. CT on Thursday, results the week after. Tamoxifen 20mg for 3 years now and every ache feels like a recurrence. How do you all cope with the waiting?`,
    `I'm shaving my head on {{DATE|1 March}} for the Cancer Council in support of my best mate {{PERSON|Jess}} who's going through chemo right now 💪 Every dollar helps: {{URL|fundraise.cancercouncil.com.au/hannah-shaves-for-jess}}`,
    `{{PERSON|Marlene Oduya}} thank you SO much for the lift to {{ORGANIZATION|Sunnybrook}} today, you're a star ⭐ Next round is in 3 weeks if you're free again, no pressure at all!`,
    `Anyone had a Hickman line rather than a PICC? The team is suggesting one because my veins are shot after 6 cycles of ABVD for Hodgkin lymphoma. Worried about showering and sleeping with it.`,
    `5 years NED today!! 🎉 Diagnosed {{DATE|12 April 2019}} at {{ORGANIZATION|Auckland City Hospital}} with stage 3 melanoma. Huge thanks to my oncologist Dr {{PERSON|Mere Tipene}} and the nurses on the day stay unit. Keytruda saved my life.`,
    `Reading "When Breath Becomes Air" by {{OTHER|Paul Kalanithi}} again. Hits differently now. Also {{OTHER|Deborah James}}'s book, which made me laugh out loud on the chemo ward and the nurse asked what was so funny 😂`,
    `Free to a good home: 2 wigs (one long dark brown, one short grey bob), 3 post-surgery bras size 36C, and a cold cap cover. All clean. Collect from {{ADDRESS|14 Carrick Close}}, {{LOCATION|Bangor}} {{POSTCODE|BT20 4QF}}, anytime after 5.`,
    `Neutrophils 0.8 so chemo deferred a week. Anyone no foods that actualy help or is it just time? Oncology nurse says it's normal and to ring the 24 hour hotline if my temp goes over 37.5.`,
    `For the carers in here: the carers' group at {{ORGANIZATION|St Columba's Hospice}}, where my wife is, meets on Wednesdays and it honestly keeps me going. If you're in the area and want details drop me an email, {{EMAIL|graham.mcleish61@btinternet.com}}`,
    `Lynch syndrome confirmed after my bowel cancer at 44. Now my kids need testing. Genetic counsellor was brilliant. If you have Lynch, what screening are you on? Colonoscopy every 2 years here.`,
    `Meine Mutter {{PERSON|Renate}} wird nächste Woche an der {{ORGANIZATION|Charité}} operiert (pancreas, Whipple). Sorry for the mix of languages. We live in {{LOCATION|Pankow}} and I'm the only one of her kids in Germany. Any tips on what she'll need afterwards?`,
    `Rose quartz, turmeric and positive thinking did not cure my cancer, chemo did. Please be careful with the people in your inbox selling miracle cures, I've had 3 this week 🙄`,
    `our {{AGE|3yo}} {{PERSON|Mateo}} was diagnosed with ALL on {{DATE|August 14}} and we've basically lived at {{ORGANIZATION|CHOP}} since. induction is almost done. how do you keep a toddler's spirits up through steroids? he's so angry and hungry all the time. any CHOP parents who want to text at 3am when nobody else is awake, {{PHONE|(215) 555-0138}}`,
    `My radiotherapy tattoo marks are so tiny I can barely see them. Had 15 fractions to the chest wall. The skin was fine until about week 3 and then it was like a sunburn. Aqueous cream and loose cotton tops were my best friends.`,
    `Pasting my MyChart message because I don't understand the last bit:

"Hi {{PERSON|Brandon}}, Dr. {{PERSON|Feldstein}} reviewed your PET/CT. MRN {{ID_NUMBER|40912688}}. Deauville score 2. Please call the clinic to schedule your follow-up."

is deauville 2 good??`,
    `Back at work at {{ORGANIZATION|Tesco}} in {{LOCATION|Kilmarnock}} on a phased return after 9 months of treatment. Four-hour shifts and I'm wiped out. Does the fatigue ever lift? Manager's been good but HR have lost my sick pay form twice and keep asking for my NI number, I've given them {{ID_NUMBER|JT 48 62 17 B}} three times now 🙄 I feel like I'm letting everyone down.`,
    `American Cancer Society has a 24/7 line, 1-800-227-2345, and they helped me find free rides to treatment through Road To Recovery. Worth a call if transport is an issue.`,
    `Cold capping with Paxman during TC chemo — kept about 70% of my hair. It's freezing and adds 2 hours to every session but worth it for me. Happy to answer questions!`,
    `I write about life after a stem cell transplant, the bits nobody warns you about (GVHD, taste changes, the loneliness). It's at {{URL|rebuildingrosie.blogspot.com}} if it helps anyone feeling like I did last year.`,
    `To the lady who asked about the Irish Cancer Society — their Daffodil Centres are in most of the big hospitals and the support line is 1800 200 700. They also do free counselling. Hope that helps x`,
    `Grace and Frankie got me through the chemo days on the sofa. What are your comfort shows? Need something new before round 4. Nothing sad please, I've had enough of that.`,
  ],
};
