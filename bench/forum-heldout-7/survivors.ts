import { medicareAu } from '../checksums';
import type { DraftGroup } from '../forum-drafts/group';

export const survivors: DraftGroup = {
  prefix: 'h7-survivors',
  topic: 'fatigue after cancer and survivorship groups',
  drafts: [
    `Two Years Out And Still Exhausted. Breast cancer, chemo, rads, now on letrozole. Everyone thinks I should be back to normal by now. Is cancer-related fatigue this long for others?`,
    `{{PERSON|Mairéad}} here, {{AGE|46}}. Finished treatment for Hodgkin's at {{ORGANIZATION|St James's}} last year and went back to my job in {{ORGANIZATION|Dublin City Council}} in January. Three months in and I'm falling asleep at my desk. How did you manage going back?`,
    `Macmillan's fatigue diary has honestly changed how I pace. Scoring my energy out of 10 every morning. Anyone else use it, or an app like Visible?`,
    `Mum {{PERSON|Iris}} is {{AGE|74}}, finished radiotherapy for womb cancer in the spring and can barely get off the sofa. She lives alone in {{LOCATION|Skegness}} and I'm two hours away. What helped your parents?`,
    `Does chemo brain ever lift? I'm 3 years post and still lose words mid-sentence. I was an accountant, now I can't do my own tax return without crying.`,
    `Doing the MoonWalk in May, 3 years NED 🎉 My breast care nurse {{PERSON|Bernie}} is walking it with me! Sponsor us here if you can: {{URL|https://www.justgiving.com/page/janelle-okoro-moonwalk}}`,
    `Exercise with fatigue - how did you start? Oncologist keeps saying exercise helps, but 10 minutes on the bike wipes me out for a day. Physio says "start low, go slow".`,
    `Survivorship clinic at {{ORGANIZATION|Dana-Farber}} finally had an opening, {{DATE|January 22}}. I'm {{AGE|29}}, two years out from sarcoma, and the fatigue is the thing nobody warned me about. What should I ask them?`,
    `Anyone tried methylphenidate for cancer fatigue? My oncologist mentioned it off-label. Bit nervous about stimulants with my heart after the anthracyclines.`,
    `Hi {{PERSON|Deborah}}, so sorry you're struggling. I was treated at {{ORGANIZATION|Velindre}} and the Maggie's there runs a fatigue course that really helped me. I'm in {{LOCATION|Penarth}} too so message me if you want a cuppa.`,
    `Going back to work after cancer - what adjustments did you get? Thinking phased return and working from home two days. Macmillan has a template letter for employers which is useful.`,
    `Starting a small online group for men after testicular cancer, meeting on Zoom the first Tuesday of the month. No pressure to talk, just come along. Drop me a line at {{EMAIL|lee.bracewell.tc@gmail.com}} - {{PERSON|Lee}}`,
    `Letrozole joint pain plus fatigue combo 🙄 Switched to anastrozole over the summer and it's a bit better. Oncologist says 5 years minimum. Feels endless.`,
    `Doing the Centrelink medical certificate and it asks for Medicare no. - do I put the whole thing ({{ID_NUMBER|${medicareAu('29517364', 1)}}}) or leave off the last digit? Brain too foggy for forms today.`,
    `Shout out to the Cancer Council 13 11 20 line. Rang them in a heap at the kitchen table and the nurse talked me through the fear of recurrence stuff for 40 minutes.`,
    `Kia ora, I'm {{AGE|38}}, bowel cancer survivor living in {{LOCATION|Palmerston North}}. Bowel Cancer NZ put me in touch with a peer supporter and it made such a difference. If anyone here wants to chat, {{PHONE|+64 21 555 0147}}.`,
    `Scanxiety is real. CT next week and I've been a mess since the letter came. How do you all get through the waiting?`,
    `My blog about life after leukaemia has moved to Substack: {{URL|https://thelongtailofcancer.substack.com}}. Latest post is all about the fatigue and the guilt that comes with it. {{PERSON|Ruth}} x`,
    `Watched the {{OTHER|Kylie}} interview about her breast cancer. Really struck by her saying the tiredness went on for years afterwards. Made me feel a lot less lazy.`,
    `Ontario folks - the OHIP portal has locked me out again. It wants my health card number {{ID_NUMBER|5841-209-371}} plus version code and DOB {{DOB|1979-04-23}}, and I've typed them in right every time. Any tricks?`,
    `Peripheral neuropathy from oxaliplatin - still numb toes 18 months on. Duloxetine helped a bit. Does it ever fully go?`,
    `Living in {{LOCATION|Eindhoven}}, {{AGE|52}}, two years after lymphoma. The revalidatie programme at {{ORGANIZATION|Catharina Ziekenhuis}} was great but it's finished and I've slid backwards. Anything similar you did after?`,
    `What's the difference between "remission" and "NED"? Consultant used both in one sentence and I didn't want to look stupid asking.`,
    `One year ago today, {{DATE|14 October}}, I rang the bell at {{ORGANIZATION|Clatterbridge}}. Still tired most days but I'm here and I'm grateful. Thank you all for getting me through it.`,
    `Does anyone else feel guilty for being tired when you "survived"? People say I'm lucky and I am, but I'm also so, so tired.`,
  ],
};
