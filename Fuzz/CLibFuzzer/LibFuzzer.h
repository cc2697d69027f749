// libFuzzer's driver, declared here so Swift calls it with the C calling convention. libFuzzer never passes a null
// input, so the callback takes a non-null pointer. The driver is defined only when the product is linked with
// -sanitize=fuzzer, so only code compiled with -D FUZZING may call it.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(
    int *_Nonnull argc, char *_Nullable *_Nonnull *_Nonnull argv, int (*UserCb)(const uint8_t *_Nonnull Data, size_t Size));
