// Local notifications for Saib on Android, called from platform/android/NotifierAndroid.cpp.
// Reminders are scheduled with AlarmManager and posted by Receiver when they fall due, so
// they arrive while Saib is not running. The texts are generic: nothing private is shown.
package org.saib.app;

import android.app.AlarmManager;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.os.Build;

public final class SaibNotifications {
    private static final String CHANNEL = "saib.reminders";
    private static final int MAX_SCHEDULED = 32;

    private SaibNotifications() {}

    private static void ensureChannel(Context context) {
        if (Build.VERSION.SDK_INT < 26)
            return;
        NotificationManager manager = context.getSystemService(NotificationManager.class);
        if (manager.getNotificationChannel(CHANNEL) == null) {
            NotificationChannel channel = new NotificationChannel(CHANNEL, "Reminders",
                    NotificationManager.IMPORTANCE_DEFAULT);
            manager.createNotificationChannel(channel);
        }
    }

    public static void show(Context context, int id, String title, String body) {
        ensureChannel(context);
        Intent open = context.getPackageManager().getLaunchIntentForPackage(context.getPackageName());
        PendingIntent tap = PendingIntent.getActivity(context, 0, open, PendingIntent.FLAG_IMMUTABLE);
        android.app.Notification.Builder builder = Build.VERSION.SDK_INT >= 26
                ? new android.app.Notification.Builder(context, CHANNEL)
                : new android.app.Notification.Builder(context);
        builder.setSmallIcon(context.getApplicationInfo().icon)
               .setContentTitle(title)
               .setContentText(body)
               .setContentIntent(tap)
               .setAutoCancel(true)
               .setVisibility(android.app.Notification.VISIBILITY_PUBLIC);
        context.getSystemService(NotificationManager.class).notify(id, builder.build());
    }

    private static PendingIntent alarmIntent(Context context, int id, String title, String body) {
        Intent intent = new Intent(context, Receiver.class);
        intent.putExtra("id", id);
        intent.putExtra("title", title);
        intent.putExtra("body", body);
        return PendingIntent.getBroadcast(context, id, intent,
                PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
    }

    public static void schedule(Context context, int id, long atMillis, String title, String body) {
        AlarmManager alarms = context.getSystemService(AlarmManager.class);
        // Inexact while idle is enough for a gentle reminder and needs no exact-alarm permission.
        alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, atMillis, alarmIntent(context, id, title, body));
    }

    public static void cancelAll(Context context) {
        AlarmManager alarms = context.getSystemService(AlarmManager.class);
        for (int id = 0; id < MAX_SCHEDULED; ++id)
            alarms.cancel(alarmIntent(context, id, "", ""));
    }

    public static final class Receiver extends BroadcastReceiver {
        @Override
        public void onReceive(Context context, Intent intent) {
            show(context, 1000 + intent.getIntExtra("id", 0), intent.getStringExtra("title"),
                 intent.getStringExtra("body"));
        }
    }
}
