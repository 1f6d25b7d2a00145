"""A tiny text adventure driven by a scripted list of commands (a state machine)."""

from enum import Enum


class State(Enum):
    EXPLORING = 1
    FIGHTING = 2
    DEAD = 3
    WON = 4


class Room:
    def __init__(self, name, description, exits=None, items=None, monster=None):
        self.name = name
        self.description = description
        self.exits = exits if exits is not None else {}
        self.items = items if items is not None else []
        self.monster = monster

    def describe(self):
        parts = [f"== {self.name} ==", self.description]
        if self.items:
            parts.append("You see: " + ", ".join(self.items))
        if self.monster:
            parts.append(f"A {self.monster.name} blocks the way! ({self.monster.hp} hp)")
        parts.append("Exits: " + " ".join(sorted(self.exits)))
        return "\n".join(parts)


class Monster:
    def __init__(self, name, hp, attack):
        self.name = name
        self.hp = hp
        self.attack = attack


class Player:
    def __init__(self, room):
        self.room = room
        self.hp = 20
        self.inventory = []
        self.moves = 0

    def power(self):
        return 2 + (5 if "sword" in self.inventory else 0)


class Game:
    def __init__(self):
        self.rooms = {}
        self.build()
        self.player = Player(self.rooms["hall"])
        self.state = State.EXPLORING
        self.handlers = {
            "go": self.do_go,
            "take": self.do_take,
            "look": self.do_look,
            "inv": self.do_inventory,
            "attack": self.do_attack,
            "drink": self.do_drink,
        }

    def build(self):
        self.rooms["hall"] = Room("Hall", "A dusty hall.", {"north": "armory", "east": "kitchen"}, ["torch"])
        self.rooms["armory"] = Room("Armory", "Racks of old weapons.", {"south": "hall"}, ["sword", "shield"])
        self.rooms["kitchen"] = Room("Kitchen", "It smells of soup.", {"west": "hall", "down": "cellar"}, ["potion"])
        self.rooms["cellar"] = Room("Cellar", "Dark and damp.", {"up": "kitchen", "east": "vault"},
                                    monster=Monster("troll", 12, 4))
        self.rooms["vault"] = Room("Vault", "Gold everywhere!", {"west": "cellar"}, ["crown"])

    def do_go(self, arg):
        room = self.player.room
        if room.monster and arg != "up":
            return f"The {room.monster.name} won't let you pass."
        if arg not in room.exits:
            return f"You can't go {arg}."
        self.player.room = self.rooms[room.exits[arg]]
        if self.player.room.monster:
            self.state = State.FIGHTING
        return self.player.room.describe()

    def do_take(self, arg):
        room = self.player.room
        if arg not in room.items:
            return f"There is no {arg} here."
        room.items.remove(arg)
        self.player.inventory.append(arg)
        if arg == "crown":
            self.state = State.WON
        return f"Taken: {arg}."

    def do_look(self, arg):
        return self.player.room.describe()

    def do_inventory(self, arg):
        if not self.player.inventory:
            return "You carry nothing."
        return "You carry: " + ", ".join(sorted(self.player.inventory))

    def do_drink(self, arg):
        if "potion" not in self.player.inventory:
            return "You have nothing to drink."
        self.player.inventory.remove("potion")
        self.player.hp = min(20, self.player.hp + 10)
        return f"You feel better ({self.player.hp} hp)."

    def do_attack(self, arg):
        m = self.player.room.monster
        if m is None:
            return "There is nothing to attack."
        m.hp -= self.player.power()
        lines = [f"You hit the {m.name} for {self.player.power()}."]
        if m.hp <= 0:
            lines.append(f"The {m.name} dies.")
            self.player.room.monster = None
            self.state = State.EXPLORING
        else:
            self.player.hp -= m.attack
            lines.append(f"The {m.name} hits you for {m.attack}. You have {self.player.hp} hp.")
            if self.player.hp <= 0:
                self.state = State.DEAD
                lines.append("You die.")
        return "\n".join(lines)

    def step(self, command):
        words = command.strip().lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        arg = " ".join(rest)
        handler = self.handlers.get(verb)
        if handler is None:
            return f"I don't know how to '{verb}'."
        if self.state == State.FIGHTING and verb not in ("attack", "drink", "go", "look"):
            return "You are fighting!"
        self.player.moves += 1
        return handler(arg)


def play(script):
    game = Game()
    print(game.player.room.describe())
    for cmd in script:
        print(f"\n> {cmd}")
        print(game.step(cmd))
        if game.state in (State.DEAD, State.WON):
            break
    print(f"\nFinal state: {game.state.name} after {game.player.moves} moves, {game.player.hp} hp")
    print(game.state)
    return game.state


script = [
    "look", "take torch", "go north", "take sword", "go south", "go east", "take potion",
    "dance", "go down", "take stuff", "attack", "attack", "inv", "drink", "", "go east",
    "take crown", "go west",
]
result = play(script)
print(result is State.WON, result.value)
print(play(["go east", "go down", "attack", "attack", "attack", "attack", "attack", "attack"]))
print([s.name for s in State])
