#pragma once
// Journal entries a headteacher might really write, in English and in Welsh, for the
// synthetic leader that the UI tests, screenshots and demos show (issue 22: no word
// salad on screen). The benchmark keeps its large random vocabulary (SyntheticWords),
// which search needs for realistic posting lists; these are for people to read.
#include <QString>
#include <QStringList>

namespace saib::demo {

struct JournalStory {
    QString title;
    QString body;      // Markdown: paragraphs separated by a blank line
    QStringList tags;
};

// How many stories there are in each language.
int storyCount(bool welsh);
// The story with this index (taken modulo storyCount).
JournalStory story(bool welsh, int index);

} // namespace saib::demo
