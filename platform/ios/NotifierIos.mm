// iOS local notifications through UNUserNotificationCenter. Compiled only when CMake
// targets iOS (see platform/CMakeLists.txt). Reminders are handed to the OS as calendar
// triggers, so they arrive while Saib is suspended or not running.
#include <platform/Notifier.h>

#import <Foundation/Foundation.h>
#import <UserNotifications/UserNotifications.h>

namespace saib::platform {

namespace {
NSString *toNs(const QString &s) { return s.toNSString(); }

NSString *identifierFor(int id) { return [NSString stringWithFormat:@"saib.reminder.%d", id]; }

class IosNotifier final : public Notifier {
public:
    using Notifier::Notifier;

    bool isAvailable() const override { return true; }
    bool schedulesWithOs() const override { return true; }

    void requestPermission() override
    {
        UNUserNotificationCenter *center = [UNUserNotificationCenter currentNotificationCenter];
        [center requestAuthorizationWithOptions:(UNAuthorizationOptionAlert | UNAuthorizationOptionSound)
                              completionHandler:^(BOOL, NSError *) {}];
    }

    void show(const QString &title, const QString &body) override
    {
        post(@"saib.now", title, body, nil);
    }

    void replaceScheduled(const QList<ScheduledNotification> &notes) override
    {
        UNUserNotificationCenter *center = [UNUserNotificationCenter currentNotificationCenter];
        NSMutableArray<NSString *> *ids = [NSMutableArray array];
        for (int i = 0; i < 64; ++i) // iOS keeps at most 64 pending; we use far fewer
            [ids addObject:identifierFor(i)];
        [center removePendingNotificationRequestsWithIdentifiers:ids];
        for (const ScheduledNotification &n : notes) {
            // Absolute instant -> date components in UTC, so the OS cannot re-interpret
            // the local time across a DST change (ReminderSchedule already resolved it).
            NSDate *date = n.at.toNSDate();
            NSCalendar *calendar = [NSCalendar calendarWithIdentifier:NSCalendarIdentifierGregorian];
            calendar.timeZone = [NSTimeZone timeZoneWithAbbreviation:@"UTC"];
            NSDateComponents *when = [calendar components:(NSCalendarUnitYear | NSCalendarUnitMonth | NSCalendarUnitDay
                                                           | NSCalendarUnitHour | NSCalendarUnitMinute)
                                                 fromDate:date];
            when.timeZone = calendar.timeZone;
            UNCalendarNotificationTrigger *trigger =
                [UNCalendarNotificationTrigger triggerWithDateMatchingComponents:when repeats:NO];
            post(identifierFor(n.id), n.title, n.body, trigger);
        }
    }

private:
    static void post(NSString *identifier, const QString &title, const QString &body,
                     UNNotificationTrigger *trigger)
    {
        UNMutableNotificationContent *content = [[UNMutableNotificationContent alloc] init];
        content.title = toNs(title);
        content.body = toNs(body);
        content.sound = [UNNotificationSound defaultSound];
        UNNotificationRequest *request = [UNNotificationRequest requestWithIdentifier:identifier
                                                                              content:content
                                                                              trigger:trigger];
        [[UNUserNotificationCenter currentNotificationCenter] addNotificationRequest:request
                                                               withCompletionHandler:nil];
    }
};
} // namespace

Notifier *createNotifier(QObject *parent) { return new IosNotifier(parent); }

} // namespace saib::platform
