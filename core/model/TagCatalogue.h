#pragma once
// The built-in "drained by" (demand) and "sustained by" (resource) tags from DESIGN.md §2.
// Ids are stored in the database and never change; labels are English source strings
// translated at display time (context "Tags"), so stored data is language-neutral.
#include <QString>
#include <QVector>

namespace saib {

enum class TagFamily { Performance, Organisational, Psychological, Social, Resource };

struct TagInfo {
    const char *id;
    TagFamily family;
    const char *label; // English source text; translate with tagLabel()
};

const QVector<TagInfo> &demandTags();
const QVector<TagInfo> &resourceTags();
const TagInfo *findTag(const QString &id);

// Label in the current UI language; a free tag (not in the catalogue) is shown as typed.
QString tagLabel(const QString &id);
QString tagFamilyLabel(TagFamily family);

} // namespace saib
