// Tap to first audio: from the kiosk's read-aloud request to the first speech sample handed to
// SDL's audio queue, through the same ReadAloud the kiosk uses (SDL's "dummy" audio driver when
// there is no sound card, so the SDL path is real). Prints figures; never fails on time.
//
//   build/release/bench/bench_read_aloud [runs]
#include "read_aloud.h"

#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

using namespace bk;
using Steady = std::chrono::steady_clock;

namespace {
double ms(Steady::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(std::llround(p * double(v.size() - 1))))];
}
} // namespace

int main(int argc, char** argv) {
    int runs = argc > 1 ? std::atoi(argv[1]) : 20;
    if (!std::getenv("SDL_AUDIODRIVER")) setenv("SDL_AUDIODRIVER", "dummy", 1);
    SDL_Init(0);
    ReadAloud voice(149);
    // The texts a visitor most often asks for: a card, an info page's first paragraph.
    std::vector<Speakable> screen{
        {"card",
         "13:30 tot 15:30. Digicafé: hulp met telefoon en computer. Kleine zaal. 8 plaatsen vrij."},
        {"page", "Heeft u schulden? Of komt u elke maand geld tekort? Wacht niet te lang."}};
    std::vector<double> first_audio;
    for (int i = 0; i < runs; ++i) {
        voice.stop();
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        auto start = Steady::now();
        voice.speak(screen, i % 2 ? "page" : "card", "nl");
        // ReadAloud hands each buffer to SDL_QueueAudio as it arrives; wait for the first one.
        while (!voice.audio_started() && Steady::now() - start < std::chrono::seconds(5)) {
        }
        first_audio.push_back(ms(Steady::now() - start));
    }
    voice.stop();
    std::printf("bench_read_aloud: %d runs, SDL audio driver '%s'\n", runs,
                SDL_GetCurrentAudioDriver() ? SDL_GetCurrentAudioDriver() : "none");
    std::printf("%-44s %8s %8s %8s\n", "", "median", "p95", "max");
    std::printf("%-44s %7.2f  %7.2f  %7.2f  ms\n", "read-aloud request -> first sample to SDL",
                percentile(first_audio, 0.5), percentile(first_audio, 0.95),
                percentile(first_audio, 1.0));
    std::printf("%-44s %7.2f  ms (one frame at 60 Hz, worst case)\n",
                "+ tap -> request (the next frame)", 1000.0 / 60);
    std::printf("target: tap to first audio under 150 ms\n");
    SDL_Quit();
    return 0;
}
