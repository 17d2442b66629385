/* nano.h compiles alone, as C99 and as C++, and may be included twice. */
#include "nano.h"
#include "nano.h"

int main(void) {
  nano_config config;
  nano_result r = nano_config_init(&config);
  return r == NANO_OK ? 0 : 1;
}
