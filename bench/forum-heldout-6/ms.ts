import { chiNumber, luhnNumber } from '../checksums';
import type { DraftGroup } from '../forum-drafts/group';

export const ms: DraftGroup = {
  prefix: 'h6-ms',
  topic: 'Multiple sclerosis groups',
  drafts: [
    `Ocrevus vs Kesimpta vs Mavenclad — what did you pick and why? EDSS 3.5, two new enhancing lesions on the last MRI, and I'm JCV positive so Tysabri is off the table apparently. Neuro wants an answer at my next review.`,
    `Newly diagnosed RRMS, {{AGE|31}}F. Neuro at {{ORGANIZATION|Beaumont}} wants me on Ocrevus but we're hoping to try for a baby next year so I'm torn. Anyone in {{LOCATION|Swords}} or close by want to meet for a coffee? Would love to talk to someone who's done pregnancy with MS 😊`,
    `{{OTHER|Selma Blair}}'s documentary had me in bits. And {{OTHER|Christina Applegate}} saying she'll never get used to it. Anyone else feel weirdly seen by famous people talking about MS?`,
    `Pasting the bit of my MRI letter I don't understand:\n\n"{{ORGANIZATION|University Hospital of Wales}}, Neuroradiology\nPatient: {{PERSON|Gareth Pryce-Jones}}   Hospital no: {{ID_NUMBER|K0493817}}\nMRI brain and whole spine with contrast, {{DATE|03/02/2025}}\nFor the attention of Dr {{PERSON|Haddad}}\nFindings: multiple T2 hyperintense periventricular lesions, one juxtacortical..."\n\nIs juxtacortical bad?? Appointment isn't for another 6 weeks.`,
    `Uhthoff's phenomenon is no joke in this heatwave. Plus Lhermitte's every time I look down at my phone. Got a cooling vest off Amazon and a neck fan from Primark, both help a bit. What else do people use?`,
    `Giving away free to anyone with MS: a Days rollator (blue), a perching stool and a Mangar bath lift that needs a new battery. Need gone by Friday as we're moving. {{LOCATION|Heaton Moor}}, {{POSTCODE|SK4 2NP}}. Ring {{PHONE|0161 496 0731}} after 6pm and ask for {{PERSON|Pauline}}.`,
    `MS Society grant helped me get a stairlift, and the MS Trust nurse line is brilliant if you can't get hold of your own team. In the US try the National MS Society Navigator line, and MS Australia has one too. Don't struggle on alone.`,
    `{{PERSON|Aroha Ngata}} this is the group i was telling u about 👆 the lady who was on tysabri for 8 yrs is in here somewhere, scroll back to about march`,
    `Infusion day was Wednesday. Every six months since last April. Friday is always the crash for me, then I'm human again by the weekend. Is that the steroid pre-med wearing off or the drug itself?`,
    `Should I tell work? I'm a teacher at {{ORGANIZATION|St Columba's Primary}} in {{LOCATION|Kilmarnock}}, {{AGE|44}}, and the fatigue by 2pm is brutal. Occ health form asks for my CHI: {{ID_NUMBER|${chiNumber('091180', '437')}}} — is it normal for them to want that or is HR being nosy?`,
    `Hope Is A Funny Thing: 10 Years With MS\n\nDiagnosed at 29, in my 40s now. Will I walk the hills like I used to? Probably not. But I walk to the shop and back, and on good days that's plenty.`,
    `We run a small MS support group that meets the second Tuesday of the month at {{ADDRESS|412 Oakhurst Ave}}, {{LOCATION|Decatur}}, GA {{POSTCODE|30030}} (the church hall around back). My MS nurse {{PERSON|Keisha}} at {{ORGANIZATION|Shepherd Center}} sometimes drops by to answer questions. Call or text me {{PHONE|(404) 555-0183}}. {{PERSON|Lorraine}}`,
    `Using the Cleo app to track symptoms and the MS Buddy app to chat to people. Also trialling an FES device for foot drop, the physio set it up. Anyone compared the Odstock one with the Bioness L300?`,
    `My brother {{PERSON|Liam}} is {{AGE|27}} and his MS is moving fast. He's been accepted for HSCT abroad but it's about €55,000. Anything helps, even a share: {{URL|gofundme.com/f/help-liam-odowd-get-hsct}} Thank you all so much ❤️`,
    `Vitamin D was 28 nmol/L at diagnosis, now on 4,000 IU daily and it's up to 96. B12 fine. Has anyone had the neurofilament light chain test done privately? Neuro said it's not routine here yet.`,
    `Hey {{HANDLE|u/spoonie_in_seattle}}, I had the exact same thing with the electric shocks on Copaxone, it settled after about a month for me. {{AGE|39}} and 5 years in, happy to answer anything.`,
    `Pregnancy and MS: Neurologist said relapse risk goes down in the third trimester then up for the first three months after birth. Breastfeeding and restarting DMTs is the bit nobody could give me a straight answer on. Who made it work?`,
    `Long post sorry. I'm {{PERSON|Bronwyn}}, {{AGE|46}}, from {{LOCATION|Ballarat}}. Diagnosed {{DATE|12 September 2019}} after losing sight in one eye. NDIS has rejected my access request twice now and my OT says try again with more evidence. Anyone had luck on the third go?`,
    `The MS Clinic moved my review to the Neuro Rehab Unit which is in a totally different building. Saw the MS nurse, the continence nurse and the physio all in one afternoon. Exhausted but actually got things sorted for once.`,
    `Trying to get seen at the MS clinic at {{ORGANIZATION|The Ottawa Hospital}} and they keep saying the referral never arrived. My GP faxed it on {{DATE|January 14}}. Yes, FAXED. Health card {{ID_NUMBER|${luhnNumber('583920147', [4, 3, 3], '-')}-KT}} if someone from the clinic actually reads this group lol`,
    `Moved from Scotland to Wales last year and lost my place in the queue for the neuro. Second time round I've learnt: ask for copies of every letter, and ask the GP to mark it "transfer of care" not a new referral.`,
    `Dad ({{AGE|68}}) has SPMS and moved into {{ORGANIZATION|Cedar Lodge Nursing Home}} in {{LOCATION|Leek}} last week. The staff are kind but they didn't know what baclofen was for. Is it normal for care homes not to know much about MS?`,
    `Holland & Barrett had the vitamin D spray on offer, and Superdrug's own brand is half the price of the Boots one. Same 3000 IU. Just saying for anyone on a budget.`,
    `I'm {{PERSON|Jasper}}, a PhD student at the {{ORGANIZATION|University of Groningen}} with MS myself. We're running a short anonymous survey on fatigue and heat. If you'd like the link, email me at {{EMAIL|j.vandermeer.msresearch@gmail.com}}. Bedankt!`,
    `Sue my employer? No, I just want them to do the reasonable adjustments the OH report asked for. Frank conversation with my manager on Monday. Any tips on what to ask for — rest breaks, a parking space, working from home two days?`,
  ],
};
