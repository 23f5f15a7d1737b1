#include "SyntheticWords.h"

#include <algorithm>
#include <array>
#include <vector>

namespace saib::demo {

namespace {
// Ordered roughly most common first; the rank drives the Zipf weight.
const char *const kEnglish[] = {
    "the", "and", "to", "a", "of", "I", "in", "was", "it", "that", "with", "for", "we", "on", "my",
    "school", "staff", "today", "is", "had", "not", "be", "at", "about", "but", "they", "this",
    "so", "have", "time", "more", "feel", "day", "week", "meeting", "team", "pupils", "parents",
    "governors", "what", "need", "again", "after", "before", "still", "just", "felt", "could",
    "plan", "data", "budget", "term", "morning", "evening", "head", "deputy", "class", "teacher",
    "lesson", "learning", "behaviour", "inspection", "report", "email", "emails", "phone", "call",
    "letter", "assembly", "lunch", "break", "playground", "office", "hall", "corridor", "support",
    "family", "home", "tired", "proud", "worried", "quiet", "busy", "calm", "angry", "hopeful",
    "anxious", "grateful", "stretched", "listened", "decided", "agreed", "explained", "noticed",
    "walked", "talked", "wrote", "read", "thinking", "leadership", "strategy", "curriculum",
    "assessment", "safeguarding", "attendance", "wellbeing", "workload", "recruitment", "vacancy",
    "supply", "cover", "sickness", "absence", "complaint", "appeal", "exclusion", "referral",
    "funding", "grant", "deficit", "spreadsheet", "timetable", "rota", "minutes", "agenda",
    "policy", "review", "audit", "trust", "authority", "council", "consortium", "network",
    "cluster", "colleague", "mentor", "coach", "supervision", "chair", "clerk", "caretaker",
    "cook", "nurse", "counsellor", "volunteer", "visitor", "inspector", "adviser", "officer",
    "reception", "nursery", "infants", "juniors", "year", "six", "transition", "secondary",
    "primary", "special", "needs", "provision", "intervention", "reading", "writing", "maths",
    "science", "music", "sport", "trip", "residential", "concert", "play", "nativity", "harvest",
    "sports", "festival", "holiday", "half-term", "christmas", "easter", "summer", "autumn",
    "winter", "spring", "rain", "snow", "sunshine", "walk", "run", "swim", "garden", "dog",
    "kitchen", "car", "train", "drive", "night", "sleep", "woke", "early", "late", "weekend",
    "sunday", "monday", "friday", "laughter", "tears", "kindness", "thanks", "card", "flowers",
    "success", "progress", "results", "celebration", "mistake", "lesson", "boundary", "priority",
    "delegation", "trustworthy", "resilience", "compassion", "fairness", "purpose", "belonging",
    "recognition", "autonomy", "pressure", "scrutiny", "accountability", "expectation", "change",
    "initiative", "consultation", "restructure", "redundancy", "union", "grievance", "capability",
    "probation", "induction", "appraisal", "target", "observation", "feedback", "moderation",
    "portfolio", "evidence", "judgement", "framework", "outcome", "impact", "evaluation",
    "self-evaluation", "improvement", "development", "vision", "values", "culture", "community",
    "neighbourhood", "village", "town", "city", "valley", "river", "mountain", "sea", "beach",
};
const char *const kWelsh[] = {
    "y", "a", "yn", "i", "o", "ar", "mae", "roedd", "ei", "ac", "yr", "ond", "heddiw", "ysgol",
    "staff", "fi", "ni", "nhw", "gyda", "am", "wedi", "bod", "dim", "mwy", "amser", "diwrnod",
    "wythnos", "cyfarfod", "tîm", "disgyblion", "rhieni", "llywodraethwyr", "angen", "eto", "ar ôl",
    "cyn", "dal", "dim ond", "teimlo", "gallu", "cynllun", "data", "cyllideb", "tymor", "bore",
    "noson", "pennaeth", "dirprwy", "dosbarth", "athro", "athrawes", "gwers", "dysgu", "ymddygiad",
    "arolwg", "adroddiad", "ebost", "ffôn", "galwad", "llythyr", "gwasanaeth", "cinio", "egwyl",
    "iard", "swyddfa", "neuadd", "coridor", "cymorth", "teulu", "cartref", "blinedig", "balch",
    "pryderus", "tawel", "prysur", "digyffro", "dig", "gobeithiol", "ddiolchgar", "gwrando",
    "penderfynu", "cytuno", "esbonio", "sylwi", "cerdded", "siarad", "ysgrifennu", "darllen",
    "meddwl", "arweinyddiaeth", "strategaeth", "cwricwlwm", "asesu", "diogelu", "presenoldeb",
    "lles", "llwyth gwaith", "recriwtio", "swydd wag", "cyflenwi", "salwch", "absenoldeb", "cwyn",
    "apêl", "gwahardd", "atgyfeirio", "cyllid", "grant", "diffyg", "taenlen", "amserlen", "rota",
    "cofnodion", "agenda", "polisi", "adolygiad", "archwiliad", "ymddiriedaeth", "awdurdod",
    "cyngor", "consortiwm", "rhwydwaith", "clwstwr", "cydweithiwr", "mentor", "hyfforddwr",
    "goruchwyliaeth", "cadeirydd", "clerc", "gofalwr", "cogydd", "nyrs", "cwnselydd",
    "gwirfoddolwr", "ymwelydd", "arolygydd", "cynghorydd", "swyddog", "derbyn", "meithrin",
    "babanod", "iau", "blwyddyn", "chwech", "pontio", "uwchradd", "cynradd", "arbennig", "anghenion",
    "darpariaeth", "ymyrraeth", "darllen", "ysgrifennu", "mathemateg", "gwyddoniaeth", "cerddoriaeth",
    "chwaraeon", "taith", "preswyl", "cyngerdd", "drama", "geni", "diolchgarwch", "eisteddfod",
    "gŵyl", "gwyliau", "hanner tymor", "nadolig", "pasg", "haf", "hydref", "gaeaf", "gwanwyn",
    "glaw", "eira", "heulwen", "tro", "rhedeg", "nofio", "gardd", "ci", "cegin", "car", "trên",
    "gyrru", "nos", "cwsg", "deffro", "cynnar", "hwyr", "penwythnos", "dydd sul", "dydd llun",
    "dydd gwener", "chwerthin", "dagrau", "caredigrwydd", "diolch", "cerdyn", "blodau", "llwyddiant",
    "cynnydd", "canlyniadau", "dathlu", "camgymeriad", "ffin", "blaenoriaeth", "dirprwyo",
    "gwydnwch", "tosturi", "tegwch", "pwrpas", "perthyn", "cydnabyddiaeth", "annibyniaeth",
    "pwysau", "craffu", "atebolrwydd", "disgwyliad", "newid", "menter", "ymgynghoriad", "undeb",
    "cwyno", "targed", "arsylwi", "adborth", "cymedroli", "tystiolaeth", "barn", "fframwaith",
    "canlyniad", "effaith", "gwerthuso", "hunanarfarnu", "gwella", "datblygu", "gweledigaeth",
    "gwerthoedd", "diwylliant", "cymuned", "cymdogaeth", "pentref", "tref", "dinas", "cwm", "afon",
    "mynydd", "môr", "traeth", "ŵyn", "dŵr", "tŷ", "cân", "llên", "gŵr", "brân", "tân", "ffŷn",
};

template <std::size_t N>
const std::vector<double> &cumulative(const char *const (&)[N])
{
    // Zipf with exponent 1: weight 1/(rank + 1), as a running sum for binary search.
    static const std::vector<double> sums = [] {
        std::vector<double> s(N);
        double total = 0;
        for (std::size_t i = 0; i < N; ++i)
            s[i] = total += 1.0 / double(i + 1);
        return s;
    }();
    return sums;
}

template <std::size_t N>
QString draw(QRandomGenerator &rng, const char *const (&words)[N])
{
    const std::vector<double> &sums = cumulative(words);
    const double x = rng.generateDouble() * sums.back();
    const auto it = std::upper_bound(sums.begin(), sums.end(), x);
    return QString::fromUtf8(words[std::min<std::size_t>(std::size_t(it - sums.begin()), N - 1)]);
}
} // namespace

QString zipfWord(QRandomGenerator &rng, bool welsh)
{
    return welsh ? draw(rng, kWelsh) : draw(rng, kEnglish);
}

int vocabularySize(bool welsh) { return welsh ? int(std::size(kWelsh)) : int(std::size(kEnglish)); }

QString wordAt(bool welsh, int rank)
{
    const int n = vocabularySize(welsh);
    rank = std::clamp(rank, 0, n - 1);
    return QString::fromUtf8(welsh ? kWelsh[rank] : kEnglish[rank]);
}

} // namespace saib::demo
