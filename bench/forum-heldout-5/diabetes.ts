import { chiNumber, luhnNumber } from '../checksums';
import type { DraftGroup } from '../forum-drafts/group';

export const diabetes: DraftGroup = {
  prefix: 'h5-diabetes',
  topic: 'Type 1 and type 2 diabetes groups',
  drafts: [
    `{{PERSON|Nadia}} I had exactly the same, my Libre 3 kept pinging off after the gym. Abbott sent a replacement in 4 days once I filled in their form. Happy to forward you the email they sent me if it helps, I'm {{EMAIL|jo.whitlock84@outlook.com}} x`,
    `Anyone else get the dawn phenomenon really badly? Go to bed at 6.2, wake at 5am fine and by 8am I'm 11.4 without eating a thing. On Tresiba 18u at night. DSN suggested moving it to mornings, will try that first.`,
    `Title: Prior auth for Mounjaro denied AGAIN, here's the letter

Pasting it because I genuinely can't tell what they want:

"Member: {{PERSON|Theresa Okafor}}
DOB: {{DOB|03/22/1971}}
Member ID: {{ID_NUMBER|W284716390}}
Group: {{OTHER|0071842}}
The requested medication is not covered because step therapy requirements have not been met."

I've been on metformin since 2019 and Jardiance for a year. What more steps are there??`,
    `Fun fact for the newly diagnosed who think their life is over: {{OTHER|Theresa May}} ran the country on insulin and {{OTHER|Nick Jonas}} tours with a pump. You will get there. Be kind to yourself while the numbers settle x`,
    `my DS {{AGE|7}} was diagnosed on {{DATE|2 February}} after we took him into {{ORGANIZATION|Perth Children's}} with DKA. still feels like a blur. we're up in {{LOCATION|Joondalup}} if any other parents want a coffee and a cry, my mobile is {{PHONE|0491 570 313}} 💙`,
    `Hypo kit check! What's in yours? Mine: Glucojuice, 2 packs of Jelly Babies, Dextro tabs, a Libre reader in case my phone dies, and a cereal bar for after. Lucozade hasn't been the same since they changed the recipe.`,
    `Hi everyone, {{AGE|52}} and just told I'm type 2 after a routine blood test, HbA1c 58. GP in {{LOCATION|Mullingar}} gave me a leaflet and metformin and that was it. Is there any kind of course? Diabetes Ireland mention something called CODE.`,
    `Giving away 3 boxes of Dexcom G6 sensors, all in date til November, I've moved to the G7. Free to anyone who needs them. Collection from {{LOCATION|Headingley}} ({{POSTCODE|LS6 3BW}}) or I'll post within the UK. Text me on {{PHONE|0113 496 0572}} not messenger, I never check it`,
    `Ontario people — filling in the ADP form for the Tandem pump. In the box for health number I've written {{ID_NUMBER|${luhnNumber('482617305', [4, 3, 3])} KP}}, do I put the version code letters in the same box or the little one next to it? My endo Dr {{PERSON|Farah Siddiqui}} at {{ORGANIZATION|Sunnybrook}} signed her part already.`,
    `Sick day rules reminder because a few of you have asked this week: keep taking your basal, check ketones every 2 hours, and if blood ketones are over 3 or you can't keep fluids down call 999 or go straight to A&E. Don't wait it out.`,
    `Can someone translate this letter for me please, just came in the post.

"Dear Mr {{PERSON|Fraser}}, CHI: {{ID_NUMBER|${chiNumber('140379', '462')}}}. Following your review at {{ORGANIZATION|Ninewells}} diabetes clinic on {{DATE|19/11/2024}}, your retinal screening shows background retinopathy R1 M0."

Is R1 bad? Nobody phoned me about it`,
    `just got dx'd t2 at {{AGE|45}}, a1c 9.8 😬 dr {{PERSON|hollis}} put me on metformin 500 twice a day and says come back in 3 months. problem is i drive a bus for {{ORGANIZATION|cota}} and shifts change every week, how do yall time meals around a rota like that`,
    `If you're in Australia and on insulin, make sure you're registered with the NDSS, it makes pen needles and strips basically free. Their helpline is 1800 637 700 and they were lovely when I rang about my CGM subsidy.`,
    `Our {{PERSON|Ellie-Mae}} is {{AGE|9}} and doing the 5k Type 1 Walk for Breakthrough T1D next month with her whole class from {{ORGANIZATION|Woodlands Primary}} 🥹 She's set her own target, any little bit helps: {{URL|justgiving.com/page/elliemae-t1-walk}}`,
    `Hashimoto's and type 1 here, the classic autoimmune combo. Levothyroxine 100mcg. Does anyone find their insulin needs change when the thyroid dose changes? My TSH went from 4.8 to 1.2 and I've had more hypos since.`,
    `Any T1s in {{LOCATION|Tauranga}}? Thinking of starting a monthly coffee catch-up, first one Saturday {{DATE|14 September}}, somewhere central with parking. Message me on insta {{HANDLE|@bex_bolus}} so I know numbers 🙂`,
    `Re the question about driving: DVLA rules are you test before driving and every 2 hours, and you need to be above 5 to drive ("five to drive"). If you've had a severe hypo needing help in the last year you have to tell them. Don't risk your licence over it.`,
    `Follow up from my post last week for anyone who asked. Pump start is booked for {{DATE|7th Jan}} with the DSN {{PERSON|Carys}} at {{ORGANIZATION|Morriston}}. Omnipod 5 with Dexcom. Nervous but excited!`,
    `US folks: the $35 insulin cap only applies to Medicare and some state plans, not everyone. My bill for Humalog last month was still $98 with a commercial plan. Check your state, some have their own caps.`,
    `I'm a type 2 diagnosed in my 30s, now on Ozempic 1mg. Lost 14kg but the nausea on dose-up weeks is rough. Ginger tea and small meals help. Anyone gone to 2mg and regretted it?`,
    `Posting for my mum {{PERSON|Gurpreet}} who isn't on facebook. She's {{AGE|68}}, type 2 for 20 years, just had a toe amputated at {{ORGANIZATION|Walsall Manor}} and is struggling with the dressing changes. If any of you have been through this could you message me, or call her on {{PHONE|0121 496 0847}}. She'd love to talk to someone who gets it.`,
    `Charcot foot question. I've got a warm red mark over my midfoot and the podiatrist wants an X-ray and maybe a cast. How long were you in a boot for? I'm trying not to panic.`,
    `Rose from 4.9 to 17 after a "healthy" smoothie bowl 😂 lesson learned. Frozen fruit + granola + honey = basically a bag of sugar. Bolused 6u and it still took 3 hours to come down.`,
    `Reading "Bright Spots & Landmines" by {{OTHER|Adam Brown}} and "Think Like a Pancreas" at the moment. Both brilliant, especially the bits on exercise. The Diabetes UK helpline on 0345 123 2399 also sent me a free booklet on carb counting.`,
    `Has anyone's child been moved from CamAPS to Omnipod 5 by the clinic? NICE said the hybrid closed loop rollout would take five years, but it feels like a postcode lottery. Also did anyone get a grace period on old supplies when they switched? We were told 28 days.`,
  ],
};
