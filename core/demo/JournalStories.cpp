#include "JournalStories.h"

#include <iterator>

namespace saib::demo {
namespace {

struct Story {
    const char *title;
    const char *body;
    const char *tags; // comma-separated
};

// Written as a head writes for themselves: first person, concrete, short. Names are
// invented; nothing here is taken from a real school.
const Story kEnglish[] = {
    {"A hard conversation with a parent",
     "Met Mr and Mrs Hughes after school about the exclusion. They were angry and, honestly, they had "
     "reasons to be: we had not phoned them soon enough on Tuesday.\n\n"
     "I stayed calm and listened before explaining. We agreed a return meeting for next week and one "
     "named person for them to call.\n\n"
     "What I want to remember: ring early, even when I have nothing certain to say yet.",
     "parents,behaviour"},
    {"Budget meeting with governors",
     "Finance committee ran until half past six. The deficit forecast for next year is still there, even "
     "after the staffing changes. The chair was supportive, but we are running out of easy options.\n\n"
     "I noticed how tight my shoulders were all evening. I carried it home again.\n\n"
     "Tomorrow: share the three options with the senior team before anything goes to full governors, so "
     "it is not only mine to hold.",
     "governors,budget"},
    {"A good day, for once",
     "Year 2 led assembly and sang the song they wrote about the school garden. Two parents cried, and so "
     "nearly did I.\n\n"
     "No email after four o'clock needed me. I walked home the long way.\n\n"
     "Worth noting why it felt good: I was in classrooms for most of the morning, not in the office.",
     "assembly,joy"},
    {"Safeguarding referral",
     "A disclosure at lunchtime, and the afternoon went on the referral and calls with social services. "
     "Everything was done properly and the child is safe tonight.\n\n"
     "I feel flat and tired rather than upset. I know it tends to land later, usually at the weekend.\n\n"
     "I have booked half an hour with my supervisor on Friday. No waiting until it builds up this time.",
     "safeguarding"},
    {"The inspection call",
     "The call came at eleven: inspection starts on Tuesday. The team were brilliant, calm and practical, "
     "and the deputy had the self-evaluation ready within the hour.\n\n"
     "I slept badly. Most of the worry is about things I could not change by Tuesday anyway.\n\n"
     "For tomorrow: brief staff at 8.15, check the safeguarding file, and leave by six.",
     "inspection"},
    {"Cluster heads' meeting",
     "Cluster heads met at the secondary school. Everyone is facing the same staffing gaps, and it helped "
     "to hear that I am not the only one covering classes twice a week.\n\n"
     "Sian offered to share her cover rota. I will take her up on it.\n\n"
     "I came back lighter than I went. This meeting needs protecting in the diary.",
     "peer-support,staffing"},
    {"Too many requests",
     "Counted eleven requests for data this week from three directions, two of them asking for the same "
     "figures in a different format.\n\n"
     "Thursday evening went on spreadsheets instead of planning the training day.\n\n"
     "Next time: ask what each request is for before starting, and say no to the duplicate.",
     "data,workload"},
    {"Staff wellbeing afternoon",
     "We closed early for the staff wellbeing afternoon: yoga in the hall, and the kitchen team made a "
     "proper tea. Several staff said thank you, which I did not expect.\n\n"
     "Nobody asked how I was, and that is fine; it was not for me. But I noticed it.\n\n"
     "I might ask the chair of governors to check in with me once a term. That is allowed.",
     "staff,wellbeing"},
    {"The complaint is closed",
     "The complaint from September is finally closed. The governors' panel found we had followed the "
     "policy. Relief, mostly, and some sadness that it went on so long for everyone.\n\n"
     "What helped: notes of every call, and talking it through with my mentor rather than carrying it "
     "alone.",
     "complaint,mentor"},
    {"Last day of term",
     "Carols in the morning, a very tired staff room by the afternoon. We got through a difficult autumn "
     "with nobody off long-term, which matters more than any of the data.\n\n"
     "Two weeks off. The plan is simple: no school email until the new year, walks with the family, and "
     "one whole day doing nothing at all.",
     "holidays,staff"},
    {"Thinking time, kept",
     "Blocked out Wednesday afternoon for thinking time, and for once I kept it. Sketched the plan for "
     "reading across the school and the three things I want from next year.\n\n"
     "Remarkable how different the week feels after two uninterrupted hours. Strategic work does not "
     "happen in the gaps.",
     "thinking-time,strategy"},
    {"Sunday evening",
     "The Sunday feeling again. Opened the laptop at eight to just check, and was still there at ten.\n\n"
     "I know this pattern. Next Sunday the laptop stays in the bag, and Monday's list gets written on "
     "Friday before I leave.",
     "boundaries"},
};

// Cymraeg naturiol, person cyntaf, fel y byddai pennaeth yn ysgrifennu iddo'i hun.
const Story kWelsh[] = {
    {"Sgwrs anodd gyda rhiant",
     "Cwrddais i â Mrs Evans ar ôl ysgol ynglŷn â'r gwaharddiad. Roedd hi'n flin, ac roedd ganddi reswm: "
     "doedden ni ddim wedi ffonio'n ddigon buan ddydd Mawrth.\n\n"
     "Arhosais yn dawel a gwrando cyn esbonio. Cytunon ni ar gyfarfod dychwelyd yr wythnos nesaf, ac ar "
     "un person iddi ei ffonio.\n\n"
     "Beth dw i eisiau ei gofio: ffonio'n gynnar, hyd yn oed pan nad oes gen i ddim byd sicr i'w ddweud eto.",
     "rhieni,ymddygiad"},
    {"Pwyllgor cyllid y llywodraethwyr",
     "Aeth y pwyllgor cyllid ymlaen tan hanner awr wedi chwech. Mae'r diffyg ar gyfer y flwyddyn nesaf "
     "yno o hyd, hyd yn oed ar ôl y newidiadau staffio. Roedd y cadeirydd yn gefnogol, ond mae'r "
     "opsiynau hawdd yn dod i ben.\n\n"
     "Sylwais pa mor dynn oedd fy ysgwyddau drwy'r nos. Des i â'r cyfan adref eto.\n\n"
     "Yfory: rhannu'r tri opsiwn â'r uwch dîm cyn i ddim byd fynd at y corff llywodraethu llawn, fel nad fi "
     "yn unig sy'n ei gario.",
     "llywodraethwyr,cyllideb"},
    {"Diwrnod da, am unwaith",
     "Arweiniodd Blwyddyn 2 y gwasanaeth a chanu'r gân a ysgrifennon nhw am ardd yr ysgol. Llefodd dau "
     "riant, a bu bron i minnau hefyd.\n\n"
     "Doedd dim un e-bost ar ôl pedwar o'r gloch yn galw amdana i. Cerddais adref y ffordd hir.\n\n"
     "Gwerth nodi pam roedd yn teimlo'n dda: roeddwn i yn y dosbarthiadau am y rhan fwyaf o'r bore, nid "
     "yn y swyddfa.",
     "gwasanaeth,llawenydd"},
    {"Galwad yr arolygiad",
     "Daeth yr alwad am un ar ddeg: mae'r arolygiad yn dechrau ddydd Mawrth. Roedd y tîm yn wych, yn "
     "dawel ac yn ymarferol, ac roedd yr hunanarfarniad yn barod gan y dirprwy o fewn yr awr.\n\n"
     "Cysgais yn wael. Mae'r rhan fwyaf o'r pryder am bethau na allwn i eu newid erbyn dydd Mawrth beth "
     "bynnag.\n\n"
     "Ar gyfer yfory: briffio'r staff am 8.15, gwirio'r ffeil ddiogelu, a gadael erbyn chwech.",
     "arolygiad"},
    {"Cyfarfod penaethiaid y clwstwr",
     "Cyfarfu penaethiaid y clwstwr yn yr ysgol uwchradd. Mae pawb yn wynebu'r un bylchau staffio, ac "
     "roedd yn help clywed nad fi yw'r unig un sy'n cyflenwi dosbarthiadau ddwywaith yr wythnos.\n\n"
     "Cynigiodd Siân rannu ei rota cyflenwi. Bydda i'n derbyn y cynnig.\n\n"
     "Des i'n ôl yn ysgafnach nag yr es i. Mae angen gwarchod y cyfarfod hwn yn y dyddiadur.",
     "cymheiriaid,staffio"},
    {"Diwrnod olaf y tymor",
     "Carolau yn y bore, ystafell staff flinedig iawn erbyn y prynhawn. Daethon ni drwy hydref anodd heb "
     "i neb fod i ffwrdd am gyfnod hir, ac mae hynny'n bwysicach na dim o'r data.\n\n"
     "Pythefnos i ffwrdd. Mae'r cynllun yn syml: dim e-bost ysgol tan y flwyddyn newydd, teithiau "
     "cerdded gyda'r teulu, ac un diwrnod cyfan yn gwneud dim byd o gwbl.",
     "gwyliau,staff"},
    {"Amser i feddwl",
     "Neilltuais brynhawn Mercher i feddwl, ac am unwaith fe'i cadwais. Brasluniais y cynllun darllen ar "
     "draws yr ysgol a'r tri pheth dw i eisiau o'r flwyddyn nesaf.\n\n"
     "Mae'n rhyfeddol mor wahanol mae'r wythnos yn teimlo ar ôl dwy awr heb ymyrraeth. Dydy gwaith "
     "strategol ddim yn digwydd yn y bylchau.",
     "amser-meddwl,strategaeth"},
    {"Nos Sul",
     "Teimlad nos Sul eto. Agorais y gliniadur am wyth i gael cip sydyn, ac roeddwn i yno o hyd am "
     "ddeg.\n\n"
     "Dw i'n adnabod y patrwm hwn. Nos Sul nesaf, bydd y gliniadur yn aros yn y bag, a bydda i'n "
     "ysgrifennu rhestr dydd Llun ddydd Gwener cyn gadael.",
     "ffiniau"},
};

template <std::size_t N>
JournalStory pick(const Story (&stories)[N], int index)
{
    const Story &s = stories[std::size_t(((index % int(N)) + int(N)) % int(N))];
    return {QString::fromUtf8(s.title), QString::fromUtf8(s.body),
            QString::fromUtf8(s.tags).split(QLatin1Char(','))};
}

} // namespace

int storyCount(bool welsh)
{
    return welsh ? int(std::size(kWelsh)) : int(std::size(kEnglish));
}

JournalStory story(bool welsh, int index)
{
    return welsh ? pick(kWelsh, index) : pick(kEnglish, index);
}

} // namespace saib::demo
