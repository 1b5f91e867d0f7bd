import { medicareAu } from '../checksums';
import type { DraftGroup } from '../forum-drafts/group';

export const carers: DraftGroup = {
  prefix: 'h6-carers',
  topic: 'Dementia and carers of older parents',
  drafts: [
    `Mum ({{AGE|84}}) moved into {{ORGANIZATION|Willowbank House}} in {{LOCATION|Harrogate}} on {{DATE|10 February}} and I've cried every day since. She keeps asking when she's going home. The staff say give it six weeks. Did it get easier for anyone?`,
    `If you're new here, save these: Dementia UK's Admiral Nurse helpline, the Alzheimer's Society Dementia Connect line, the Age UK Advice Line and Carers UK for the money side. You do not have to work it all out on your own.`,
    `Doing the LPA forms online and I'm paranoid I've got something wrong. This is the donor bit:\n\nDonor: {{PERSON|Eileen Margaret Fawcett}}\nDate of birth: {{DOB|3 March 1938}}\nAddress: {{ADDRESS|9 Coronation Terrace}}, {{LOCATION|Consett}}, {{POSTCODE|DH8 5QB}}\n\nDo I put her old married name anywhere? She was {{PERSON|Eileen Hutchinson}} before she remarried.`,
    `Sundowning, Sleepless Nights And The Guilt Nobody Talks About\n\nDad is fine at breakfast. By 4pm he's packing a bag to "go home" when he is home. I've started putting the kettle on and the radio on at 3.30 and it helps a bit. What works for yours?`,
    `MISSING – please share 🙏 My dad {{PERSON|Francis Doherty}}, {{AGE|79}}, has dementia and walked out of the house in {{LOCATION|Ballymun}} around 2pm today. Grey jacket, flat cap, no phone. He might be heading for the old bus route. Ring {{PHONE|085 555 0190}} or the Gardaí if you see him.`,
    `For US folks: the Alzheimer's Association 24/7 Helpline is 1-800-272-3900 and they actually pick up at 3am. And watch {{OTHER|Teepa Snow}}'s videos on Positive Approach to Care, the hand-under-hand thing changed how I help Mom shower.`,
    `My mom {{PERSON|Dolores}} is {{AGE|81}} and in memory care at {{ORGANIZATION|Maple Grove Senior Living}} in {{LOCATION|Westlake}}, OH. The billing office says her Medicare number {{ID_NUMBER|5QW8-HN2-XK41}} "doesn't match" and they're threatening to bill me directly. Has anyone dealt with this?`,
    `When {{OTHER|Bruce Willis}}'s family announced the FTD diagnosis, my brother finally understood what we'd been dealing with. {{OTHER|Fiona Phillips}} talking about her Alzheimer's on breakfast telly did the same for my aunt. Public figures speaking up really does help.`,
    `{{PERSON|Denise Okafor}} this is what I meant about the Admiral Nurse 👆 ours came out to the house and sat with Mum for an hour. Ask your GP for a referral x`,
    `Donepezil 10mg made Dad's dreams really vivid so they switched to a rivastigmine patch, 9.5mg. MoCA was 19/30 last spring, ACE-III 71. Memantine is next apparently. Did anyone's parent do better on the patch?`,
    `Pasting the email I've just sent the care home manager, please tell me if it's too much:\n\n"Dear {{PERSON|Gillian}},\nI'm writing about my father, {{PERSON|Ronald Ashworth}}, room 14. On {{DATE|Sunday 2 March}} I found him in a wet pad at 3pm..."\n\nReplies go to {{EMAIL|k.ashworth.family@btinternet.com}} so she can't say she never got it.`,
    `Lewy body, vascular, Alzheimer's, Pick's, Korsakoff's... the consultant listed them all and I just nodded. Dad has "mixed" apparently. Also, has anyone done the Herbert Protocol form with the police? Is it worth it?`,
    `Carers' café for anyone looking after someone with dementia in {{LOCATION|Canton}}, Thursday mornings 10–12 upstairs at the community centre. Tea, cake and people who get it. Ring me on {{PHONE|029 2018 0466}} if you want to come and aren't sure. {{PERSON|Meinir}} 💛`,
    `The Memory Clinic discharged Mum back to the GP after diagnosis and that was it. No follow-up. Then the Falls Clinic, then Continuing Healthcare turned us down. The social worker was the only one who actually helped. Is that normal?`,
    `Selling Mum's wheelchair-accessible car now she's in a home. Peugeot Partner with ramp, 38k miles, reg {{ID_NUMBER|YD19 KXP}}. Viewing in {{LOCATION|Rotherham}}, DM me. It broke my heart to list it honestly.`,
    `Gadgets that helped: an Echo Show so we can drop in on video, a big day-and-date clock off Amazon, AngelSense GPS in his shoe, and a Sainsbury's delivery every Tuesday so he doesn't go wandering to the shop.`,
    `Dad ({{AGE|77}}) finally saw someone. GP at {{ORGANIZATION|Ashgrove Surgery}} referred him in November, memory clinic appointment is {{DATE|24th April}}. Five months. He'll have forgotten the appointment by the time it comes round, never mind the questions.`,
    `Every Sunday Mum asks where Dad is and every Sunday I have to decide whether to tell her he died in 2019. Some weeks I say he's at the shops. Will I go to hell for it? Hope not.`,
    `Dad's going into {{ORGANIZATION|St Brigid's Nursing Home}} in {{LOCATION|Ardee}} under Fair Deal and they're counting the home place ({{POSTCODE|A92 F3T6}}) as an asset. Can anyone explain the 3-year cap in plain English? My brother's threatening to sell the land.`,
    `Dementia Australia's helpline is 1800 100 500 for anyone who needs it tonight. I'm in WA and Mum's in Queensland, so it's all phone calls and guilt. My Aged Care assessment took 11 weeks.`,
    `G'day all. Mum's aged care home in {{LOCATION|Glenelg}} needs her Medicare details again for the GP visit and I'm sure they've got it wrong. Card says {{ID_NUMBER|${medicareAu('31870264', 2)}}}. Their office is {{PHONE|(08) 5550 4417}} if anyone else has had trouble with them.`,
    `Films and books that helped me: Still Alice, The Father with {{OTHER|Anthony Hopkins}} (brutal but true), and Somebody I Used to Know by {{OTHER|Wendy Mitchell}}. Grace and humour in all of them, which is what I'm trying for.`,
    `Looking for anyone near {{LOCATION|St. Vital}} whose parent is at {{ORGANIZATION|Maplecrest Manor}}. Dad moved in last month and I'd love a buddy for the family council meetings. Email {{EMAIL|maplecrest.families.stvital@gmail.com}}, or we could meet at mine, it's step-free ({{POSTCODE|R2M 3Y8}}).`,
    `For anyone in Ireland: the Alzheimer Society of Ireland helpline, the Nursing Home Support Scheme (Fair Deal) booklet on the HSE site, and the Family Carers Ireland grant. Takes ages but do apply.`,
    `DH {{AGE|56}} was diagnosed with young onset Alzheimer's last year. He was a lecturer at {{ORGANIZATION|Sheffield Hallam}} until he couldn't follow his own slides. I've started writing it all down at {{URL|ourlongestgoodbye.blogspot.com}} because I can't say it out loud yet.`,
  ],
};
