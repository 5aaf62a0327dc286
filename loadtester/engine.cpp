#include "engine.h"

#include "qnamengine.h"
#include "socketengine.h"

std::unique_ptr<Engine> Engine::create(EngineKind kind)
{
    switch (kind) {
    case EngineKind::Socket:
        return std::make_unique<SocketEngine>();
    case EngineKind::Qnam:
        return std::make_unique<QnamEngine>();
    }
    return std::make_unique<SocketEngine>();
}
