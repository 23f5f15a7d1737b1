#include "JournalEntry.h"
#include "Checkin.h"

namespace saib {

Error validate(const JournalEntry &e)
{
    if (e.title.trimmed().isEmpty() && e.body.trimmed().isEmpty())
        return Error(ErrorCode::EmptyEntry);
    if (e.title.size() > kMaxTitleLength)
        return Error(ErrorCode::TitleTooLong);
    if (e.body.size() > kMaxBodyLength)
        return Error(ErrorCode::BodyTooLong);
    if (e.tags.size() > kMaxTagsPerList)
        return Error(ErrorCode::TooManyTags);
    for (const QString &t : e.tags)
        if (t.simplified().isEmpty() || t.simplified().size() > kMaxTagLength)
            return Error(ErrorCode::InvalidTag, t.left(kMaxTagLength));
    if (!e.day.isValid())
        return Error(ErrorCode::InvalidDay);
    return {};
}

} // namespace saib
