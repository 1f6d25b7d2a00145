#include <krait/runtime.h>
int main() { return 0; }
