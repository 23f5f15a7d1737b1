// The biometric prompt for "remember on this device", called from
// platform/android/BiometricGateAndroid.cpp before the remembered key is read from the
// keystore. Uses the framework BiometricPrompt (API 28+; QtActivity is not a
// FragmentActivity, so not the androidx one), with the screen-lock PIN as fallback from
// API 30. The answer goes back through the native onResult.
package org.saib.app;

import android.app.Activity;
import android.content.Context;
import android.hardware.biometrics.BiometricManager;
import android.hardware.biometrics.BiometricPrompt;
import android.os.Build;
import android.os.CancellationSignal;

public final class SaibBiometric {
    // Must match BiometricGateAndroid.cpp.
    private static final int CONFIRMED = 0;
    private static final int CANCELLED = 1;
    private static final int UNAVAILABLE = 2;

    private SaibBiometric() {}

    private static native void onResult(long handle, int result);

    public static void confirm(Context context, long handle, String title, String passphraseButton) {
        if (Build.VERSION.SDK_INT < 28 || !(context instanceof Activity)) {
            onResult(handle, UNAVAILABLE);
            return;
        }
        final Activity activity = (Activity) context;
        activity.runOnUiThread(() -> show(activity, handle, title, passphraseButton));
    }

    private static void show(Activity activity, long handle, String title, String passphraseButton) {
        BiometricPrompt.Builder builder = new BiometricPrompt.Builder(activity).setTitle(title);
        if (Build.VERSION.SDK_INT >= 30) {
            int allowed = BiometricManager.Authenticators.BIOMETRIC_STRONG
                    | BiometricManager.Authenticators.DEVICE_CREDENTIAL;
            BiometricManager manager = activity.getSystemService(BiometricManager.class);
            if (manager == null || manager.canAuthenticate(allowed) != BiometricManager.BIOMETRIC_SUCCESS) {
                onResult(handle, UNAVAILABLE);
                return;
            }
            builder.setAllowedAuthenticators(allowed);
        } else {
            // Before API 30 a negative button is required alongside biometrics only.
            builder.setNegativeButton(passphraseButton, activity.getMainExecutor(),
                    (dialog, which) -> onResult(handle, CANCELLED));
        }
        builder.build().authenticate(new CancellationSignal(), activity.getMainExecutor(),
                new BiometricPrompt.AuthenticationCallback() {
                    @Override
                    public void onAuthenticationSucceeded(BiometricPrompt.AuthenticationResult result) {
                        onResult(handle, CONFIRMED);
                    }

                    @Override
                    public void onAuthenticationError(int code, CharSequence message) {
                        boolean none = code == BiometricPrompt.BIOMETRIC_ERROR_NO_BIOMETRICS
                                || code == BiometricPrompt.BIOMETRIC_ERROR_HW_NOT_PRESENT
                                || code == BiometricPrompt.BIOMETRIC_ERROR_HW_UNAVAILABLE
                                || (Build.VERSION.SDK_INT >= 29
                                    && code == BiometricPrompt.BIOMETRIC_ERROR_NO_DEVICE_CREDENTIAL);
                        onResult(handle, none ? UNAVAILABLE : CANCELLED);
                    }
                    // A single failed attempt is not final: the prompt lets the user retry.
                });
    }
}
