# Module-level state changed through global declarations: an id allocator, a config dict, and an event log.

next_id = 1
verbose = False
prefix = "obj"
config = {"limit": 3, "width": 2}
events = []


def new_id():
    global next_id
    result = next_id
    next_id += 1
    return result


def set_verbose(flag):
    global verbose
    verbose = flag


def log(message):
    events.append(message)  # mutating a global list needs no declaration
    if verbose:
        print("LOG:", message)


def create(kind):
    if next_id > config["limit"]:
        log(f"refused {kind}: limit {config['limit']} reached")
        return ""
    name = f"{prefix}-{kind}-{new_id():0{config['width']}d}"
    log("created " + name)
    return name


def reconfigure(new_prefix, **changes):
    global config, prefix
    prefix = new_prefix
    config = dict(config)
    config.update(changes)
    log(f"config now {config}")


made = [create("box"), create("cup")]
set_verbose(True)
made.append(create("pen"))
made.append(create("ink"))
reconfigure("item", limit=5, width=3)
made.append(create("map"))
set_verbose(False)
made.append(create("key"))
made.append(create("hat"))
print("made:", [m for m in made if m])
print("refused:", made.count(""))
print("next id:", next_id, "events:", len(events))
for i, e in enumerate(events, 1):
    print(f"{i:2}. {e}")
