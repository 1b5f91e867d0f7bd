// Blind held-out drafts: hidradenitis suppurativa.
import type { DraftGroup } from '../forum-drafts/group';

export const hs: DraftGroup = {
  prefix: 'h13-hs',
  topic: 'hidradenitis suppurativa',
  drafts: [
    `Hurley stage 2 in both armpits and groin, 6 years of clinda + rifampicin courses that work for 3 months then stop. Derm finally says I qualify for adalimumab because I've "failed" two systemic treatments. Failed is a funny word for it. Anyone tell me what the first loading dose felt like? 160mg sounds like a lot`,

    `this is so embarrassing to type but does anyone have tips for sex when you have active lesions in the groin?? my boyfriend {{PERSON|Kieran}} is honestly lovely about it but i freeze up every time and then feel guilty. i'm {{AGE|23}} and i've never talked about this with anyone irl`,

    `For anyone whose derm has never heard of it: HS is also called acne inversa and in older French papers Verneuil's disease. Not caused by poor hygiene, not contagious, not an STI. Print that off for your GP if you need to`,

    `Wide local excision booked for {{DATE|Monday 9th September}} with Mr {{PERSON|Aziz}} at {{ORGANIZATION|Salford Royal}}, left axilla, healing by secondary intention. So scared of the packing. How many weeks off work did you get? I do shifts in a care home and can't lift anyone for ages I assume`,

    `Mepilex Border vs Aquacel Ag for draining lesions? The Mepilex sticks to my skin so well it takes the top layer off when I change it. Also for the groin I've started using maxi pads (the cheap night ones) and surgical tape and they hold better than any proper dressing I've been prescribed`,

    `does anyone else get told to "just lose weight and stop smoking" at every appointment. I quit smoking 4 years ago. I'm down 3 stone. still flaring. weight and smoking make it worse sure but they're not the whole story and it's exhausting being treated like it's my fault`,

    `PIP form, question 11 is killing me, this is what I've got so far, can anyone who got it tell me if I'm underselling it?

"I am {{PERSON|Stacey Lennon}}, NI number {{ID_NUMBER|JT 48 21 07 B}}. I have hidradenitis suppurativa in my armpits, under my breasts and in my groin. On a bad day I cannot lift my arms to wash my hair or get dressed without help from my partner."`,

    `Cosentyx update for the people who asked: 4 months in, 300mg monthly after the loading weeks. Flares down from weekly to maybe 2 a month and smaller. Not a miracle but I can wear a vest top for the first time since uni. Bimzelx was the other option on the table`,

    `hi, I write from Netherlands so sorry for the English. My dermatologist in {{LOCATION|Utrecht}} (dr. {{PERSON|Van der Berg}}) want to start me on adalimumab biosimilar, Hyrimoz. Somebody has experience with this one and not the original Humira? You can also send whatsapp {{PHONE|+31 6 4821 9573}} if easier, I am {{PERSON|Femke}}`,

    `Metformin for HS, anyone? My GP was happy to try it because my insulin resistance numbers were borderline. 500mg building up to 1500mg. Stomach was rough the first two weeks. Too early to say if it's helping the lesions`,

    `My manager {{PERSON|Gareth}} at {{ORGANIZATION|Screwfix}} keeps asking why I'm "always at the doctors" and I really don't want to tell him it's boils in my groin. Is HS covered under the Equality Act? Do I have to say what it is or can I just say long term skin condition`,

    `Turmeric, zinc, going dairy free, brewer's yeast free — I've tried the lot. Zinc gluconate 90mg is the only one I'm sure did anything, and even that was small. Be careful with people selling "HS cures" on here, there isn't one`,

    `Homecare delivery for Humira came to the wrong house AGAIN, the fridge bag sat on a neighbour's doorstep for 6 hours. Our address is {{ADDRESS|22 Meadow Bank}}, {{LOCATION|Wrexham}} {{POSTCODE|LL13 7TR}} and they keep taking it to {{ADDRESS|22 Meadow Close}}. Is it still safe to inject? Is there a temperature it's allowed to reach?`,

    `Reading that Mayo Clinic page on HS finally made it click for me that the tunnels (sinus tracts) won't close on their own. That's why the antibiotics work then don't. Deroofing is the procedure where they open the tunnel up and let it heal from the bottom`,

    `US people — the Humira Complete savings card finally went through, my copay is $5 now instead of $1,400. If anyone at the pharmacy asks, the card ID is {{ID_NUMBER|HC 90027 41815}} and they kept putting in the group number instead. Insurance is {{OTHER|UnitedHealthcare}}, BIN and group are on the back`,

    `Swimming with HS: I wear a rash vest and swim shorts over my costume and nobody looks twice. Chlorine actually seems to dry the lesions out a bit for me. Shower straight after, pat dry, and a fresh dressing`,

    `I was 12 when my first lump came up and nobody said HS until I was 29. Seventeen years of "it's just ingrown hairs". If your teenager is getting boils in the armpits or groin over and over please push for a derm referral`,

    `Started an insta to talk about HS and body stuff because nobody talks about it: {{HANDLE|hs.and.honest}} on instagram. Mostly dressing hacks and me moaning about clothes shopping 🙃 x`,

    `Spironolactone 100mg helped my flares that come before my period. Had to stop the combined pill because of migraines and the flares got worse. My derm said hormonal HS is a recognised pattern. Might be worth asking if yours track your cycle`,

    `Posting for {{PERSON|Jaz}} who doesn't have Facebook — she's had 3 surgeries and is looking for an HS support group in person around {{LOCATION|Leicester}}. If you run one or go to one, her email is {{EMAIL|jasmine.k.hs@yahoo.co.uk}}`,

    `Laser hair removal (Nd:YAG) in the armpits helped me more than two years of antibiotics. Had 6 sessions. It was private so not cheap. Apparently some NHS trusts offer it for HS but I've never met anyone who got it`,

    `PBS Humira question for the Aussies. Derm said I need to document my lesion count before and after for the authority script. Does the count include the scarred tunnels or just the active ones? And do they want the Medicare card number {{ID_NUMBER|2975 04184 2}} on every form or only the first? We're in {{LOCATION|Toowoomba}} and it's an hour to the nearest derm`,

    `"Have you tried tea tree oil" — thank you random lady in the Boots queue, yes, in 2014. For people new here: HS is an inflammatory disease, not an infection. Antibiotics are used for their anti-inflammatory effect as much as anything`,

    `This is {{PERSON|Oluwaseun}}, {{AGE|31}}, HS since I was 19. I'm organising a small fundraiser for the HS Trust because they helped me when I was at my lowest: {{URL|https://www.gofundme.com/f/seuns-hs-walk}} — we're walking 10k in our softest leggings 😂`,

    `Dressing order I swear by for armpits: saline wash, pat dry, a square of silver alginate on the draining bit, then a foam dressing, then a crop top to hold it. Doesn't move when I reach for stuff. No tape on the skin, tape is evil`,

    `Bimekizumab trial people, how were your mouths? I got oral thrush twice in the first 3 months. Derm says it's one of the known side effects of IL-17 drugs. Nystatin sorted it both times`,

    `I know this is a long shot but I was seen in the HS clinic on {{DATE|27/06}} and the nurse gave me a leaflet I lost with a number for the surgical waiting list. Was anyone else there that morning? I think the nurse was called {{PERSON|Bronagh}}. I'm under the {{ORGANIZATION|Royal Victoria}}`,
  ],
};
