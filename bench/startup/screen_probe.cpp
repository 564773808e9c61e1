#include "screen_probe.h"

#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <dlfcn.h>

#include <chrono>
#include <cstdlib>
#include <thread>

namespace bk::bench {

namespace {
template <typename F> F symbol(void* library, const char* name) {
    return library ? reinterpret_cast<F>(dlsym(library, name)) : nullptr;
}
} // namespace

ScreenProbe::ScreenProbe() {
    library_ = dlopen("libX11.so.6", RTLD_NOW | RTLD_LOCAL);
    auto open = symbol<Display* (*)(const char*)>(library_, "XOpenDisplay");
    // An X server that lost its last client resets and refuses connections meanwhile.
    for (int attempt = 0; open && !display_ && attempt < 20; ++attempt) {
        if (attempt > 0) std::this_thread::sleep_for(std::chrono::milliseconds(50));
        display_ = open(nullptr);
    }
}

ScreenProbe::~ScreenProbe() {
    auto close = symbol<int (*)(Display*)>(library_, "XCloseDisplay");
    if (close && display_) close(static_cast<Display*>(display_));
    // libX11 stays loaded: it is not made to be unloaded and loaded again.
}

std::optional<std::uint32_t> ScreenProbe::pixel(int x, int y) const {
    auto get_image =
        symbol<XImage* (*)(Display*, Drawable, int, int, unsigned, unsigned, unsigned long, int)>(
            library_, "XGetImage");
    auto root = symbol<Window (*)(Display*)>(library_, "XDefaultRootWindow");
    if (!display_ || !get_image || !root) return std::nullopt;
    auto* display = static_cast<Display*>(display_);
    XImage* image = get_image(display, root(display), x, y, 1, 1, AllPlanes, ZPixmap);
    if (!image) return std::nullopt;
    // A 24-bit TrueColor screen (Xvfb -screen 0 WxHx24) keeps 0xRRGGBB in the pixel value.
    auto value = static_cast<std::uint32_t>(image->f.get_pixel(image, 0, 0) & 0xFFFFFF);
    image->f.destroy_image(image);
    return value;
}

bool close_colour(std::uint32_t a, std::uint32_t b, int tolerance) {
    for (int shift : {0, 8, 16})
        if (std::abs(int((a >> shift) & 0xFF) - int((b >> shift) & 0xFF)) > tolerance) return false;
    return true;
}

} // namespace bk::bench
