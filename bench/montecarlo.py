# Monte Carlo simulations driven by a seeded random module: an estimate of pi, random walks,
# a single-server queue with exponential arrivals, and card shuffles. The printed numbers are
# the same as CPython's only if every random draw is.
import random


def estimate_pi(n):
    inside = 0
    for _ in range(n):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


def random_walks(walks, steps):
    total = 0
    farthest = 0
    for _ in range(walks):
        x = 0
        y = 0
        for _ in range(steps):
            d = random.randrange(4)
            if d == 0:
                x += 1
            elif d == 1:
                x -= 1
            elif d == 2:
                y += 1
            else:
                y -= 1
        dist = x * x + y * y
        total += dist
        if dist > farthest:
            farthest = dist
    return total / walks, farthest


def queue(customers, arrival_rate, service_rate):
    clock = 0.0
    free_at = 0.0
    waited = 0.0
    longest = 0.0
    for _ in range(customers):
        clock += random.expovariate(arrival_rate)
        start = clock if clock > free_at else free_at
        wait = start - clock
        waited += wait
        if wait > longest:
            longest = wait
        free_at = start + random.expovariate(service_rate)
    return waited / customers, longest


def pairs_in_hands(deals):
    deck = [rank for rank in range(13) for _ in range(4)]
    hands_with_pair = 0
    for _ in range(deals):
        random.shuffle(deck)
        hand = sorted(deck[:5])
        for i in range(4):
            if hand[i] == hand[i + 1]:
                hands_with_pair += 1
                break
    return hands_with_pair / deals


def noisy_mean(n):
    total = 0.0
    for _ in range(n):
        total += random.gauss(10.0, 3.0) + random.uniform(-1.0, 1.0)
    return total / n


random.seed(20240601)
print("pi", estimate_pi(1000000))
print("walks", random_walks(400, 500))
print("queue", queue(250000, 0.9, 1.0))
print("pairs", pairs_in_hands(40000))
print("mean", noisy_mean(300000))
