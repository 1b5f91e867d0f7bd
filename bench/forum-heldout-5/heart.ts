import { medicareAu, nhsNumber } from '../checksums';
import type { DraftGroup } from '../forum-drafts/group';

export const heart: DraftGroup = {
  prefix: 'h5-heart',
  topic: 'Heart conditions and stroke groups',
  drafts: [
    `My husband {{PERSON|Colin}} had a stroke on {{DATE|3rd May}}, he's only {{AGE|58}}. Left side weakness and his speech is slurred but improving. He's on the stroke unit at {{ORGANIZATION|QEUH}} and they're talking about rehab. What should I be asking them before discharge? I feel so out of my depth.`,
    `Just a reminder that a facial droop isn't always Bell's palsy. Mine was a stroke and I waited 6 hours because I thought it was Bell's. FAST: Face, Arms, Speech, Time to call 999. Don't wait like I did.`,
    `Title: {{AGE|62M}}, 6 weeks post triple bypass, cardiac rehab tips?

Had surgery at {{ORGANIZATION|Cleveland Clinic}} on {{DATE|Feb 6}}. Sternum still clicks sometimes. Walking 2 miles a day now. Also rehab billing keeps rejecting my Medicare number, {{ID_NUMBER|3RH7-KW2-PD48}}, even though it's right there on the card. What did you wish you knew at this stage?`,
    `Mayo Clinic's page on Wolff-Parkinson-White explained it better than my cardiologist did. Ablation is booked for the spring. Anyone had one and how long was the recovery?`,
    `Selling my Kardia 6L, used maybe 10 times before my ablation fixed everything 🙌 $80, pickup in {{LOCATION|Kitsilano}} or I can ship anywhere in Canada. Text {{PHONE|(604) 555-0192}}, I don't check messages here much.`,
    `BP rose to 162/98 this morning, went back down to 138/84 after 10 minutes sitting. Ramipril 5mg and amlodipine 10mg. GP says do a week of home readings. Omron cuff, upper arm. Is that variation normal?`,
    `The pharmacy keeps asking for Mum's Medicare number and I keep reading it off wrong 🙈 It's {{ID_NUMBER|${medicareAu('53096128', 2)}}}, is the 2 at the end her number on the card? She's {{AGE|79}}, just had a pacemaker put in at {{ORGANIZATION|Royal Adelaide}} and I'm doing all the admin. If anyone's been through this with a parent I'd love a chat, {{PHONE|(08) 7010 2219}}`,
    `{{OTHER|Christian Eriksen}} collapsing on the pitch is what got me to learn CPR. Took a British Heart Foundation RevivR course online, 15 minutes, free. Everyone should do it honestly.`,
    `Different Strokes group in {{LOCATION|Sale}} is starting up again after the summer 🎉 We're all under 65. Tea, biscuits, no pressure to talk. Ring me on {{PHONE|01632 960 981}} and I'll save you a seat — {{PERSON|Joanne}}`,
    `Apixaban 5mg twice a day for AF, bruising like a peach. Anyone else? Also can I still have the odd glass of wine? Cardiologist was quite frank about cutting down but didn't say none.`,
    `{{AGE|34}} and had a stroke last year, PFO closure done at {{ORGANIZATION|Beaumont}}. My physio {{PERSON|Ciarán}} is the only reason I'm walking without a stick. Young stroke survivors in Ireland, where are you? I feel like the only one.`,
    `After my sternotomy I was told no jacking up the car, no hoovering and nothing heavier than a full kettle for 6 weeks. Pat the wound dry after showers, don't rub. Mine healed really well following that.`,
    `Can someone explain my discharge letter?

"Mr {{PERSON|Anil Mehta}}, NHS Number: {{ID_NUMBER|${nhsNumber('604472139')}}}, DOB {{DOB|17/08/1959}}. Admitted with NSTEMI. Discharged {{DATE|02/09/2024}}. EF 40%. Commence bisoprolol 1.25mg, ticagrelor 90mg BD."

is 40% bad? my mum says it sounds low`,
    `Takotsubo after my dad died, literally broken heart syndrome. EF came back to 55% after 3 months. If anyone is newly diagnosed it really can recover. The Stroke Association and BHF leaflets were both helpful while I was waiting.`,
    `Hi, I'm {{PERSON|Hannah}}, SCAD survivor and part of a UK research group looking for women who've had SCAD to share their stories for a patient guide. If you'd be happy to talk, email me at {{EMAIL|hannah.scad.voices@gmail.com}} 💜`,
    `INR has been all over the place since Christmas, 1.8 then 3.9 then 2.2. Warfarin clinic changed my dose 3 times, recieved a new yellow book and everything. Been told to keep greens consistent. Anyone switched from warfarin to a DOAC and regretted it?`,
    `If you want to follow my heart transplant journey I post updates on Instagram {{HANDLE|@newheart_nate}} ❤️ One year tomorrow since the call came!`,
    `Holter monitor for 48 hours, can't shower, itchy pads everywhere. Had palpitations constantly for weeks and of course now it's on, nothing. Typical. Will it still show anything useful?`,
    `Posting this letter because I can't make out the time:

"Dear {{PERSON|Hemi Parata}}, NHI: {{ID_NUMBER|JBX4172}}. Your echocardiogram at {{ORGANIZATION|Waikato Hospital}} is booked for {{DATE|21/08/2024}}. Please arrive 15 minutes early."

It says 10:45 at the top and 11:15 at the bottom?? Which is it`,
    `{{OTHER|Emilia Clarke}} talking about her two brain aneurysms was the first time I'd heard anyone young talk about it. I had a subarachnoid haemorrhage in my 30s. Recovery is slow but it does come.`,
    `Our DD {{AGE|4}} had her Fontan at {{ORGANIZATION|Boston Children's}} on {{DATE|March 11}} and is already back to bossing her brothers around 😂 Updates for family and friends are at {{URL|caringbridge.org/visit/juniperstrong}}, thank you all for the prayers.`,
    `Reading "Heart: A History" by {{OTHER|Sandeep Jauhar}} after my valve replacement. Fascinating, and oddly comforting to know how far it's all come.`,
    `Mom's giving away her lift recliner now she's back on her feet after her stroke. Works perfectly, just too big for her new place. Pickup only from {{ADDRESS|4417 Maple Ridge Dr}}, {{LOCATION|Plano}} TX {{POSTCODE|75093}}, message me first.`,
    `Heart & Stroke (the Canadian one) have a great free guide on life after a heart attack. Also if you're ever in doubt, call 911, don't drive yourself. The paramedics told me that later and I still feel silly about driving in.`,
    `Entresto 49/51 twice daily for heart failure with EF 30%. Dizzy standing up. Cardiac nurse says it may settle. Did it for you? Also what's everyone's daily fluid limit, mine's 1.5L and I'm always thirsty.`,
  ],
};
