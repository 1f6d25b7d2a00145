# A Richards-style operating-system scheduler simulation: prioritised tasks exchanging packets through queues.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_WORK, KIND_DEVICE = 0, 1


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue      # list of waiting packets
        self.waiting = len(queue) == 0
        self.held = False
        sched.tasks[ident] = self
        sched.order.append(self)

    def runnable(self):
        return not self.held and (not self.waiting or len(self.queue) > 0)

    def run(self, packet):
        return None


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        super().__init__(sched, ident, priority, [])
        self.waiting = False
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            self.held = True
            return None
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.dest = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            self.waiting = True
            return None
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.dest = self.dest
        packet.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.sched.send(packet, self.dest)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue, device):
        super().__init__(sched, ident, priority, queue)
        self.device = device
        self.work = []
        self.devices = []

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work.append(packet)
            else:
                self.devices.append(packet)
        if self.work:
            work = self.work[0]
            if work.datum >= 4:
                self.work.pop(0)
                return self.sched.send(work, WORKER)
            if self.devices:
                dev = self.devices.pop(0)
                dev.datum = work.data[work.datum]
                work.datum += 1
                return self.sched.send(dev, self.device)
        self.waiting = True
        return None


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, owner):
        super().__init__(sched, ident, priority, [])
        self.owner = owner
        self.pending = []

    def run(self, packet):
        if packet is None:
            if not self.pending:
                self.waiting = True
                return None
            return self.sched.send(self.pending.pop(0), self.owner)
        # take the packet, then hold until the idle task releases the device
        self.pending.append(packet)
        self.held = True
        self.sched.hold_count += 1
        return None


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.queue_count = 0
        self.hold_count = 0

    def release(self, ident):
        self.tasks[ident].held = False
        return self.tasks[ident]

    def send(self, packet, dest):
        self.queue_count += 1
        packet.dest = dest
        target = self.tasks[dest]
        target.queue.append(packet)
        return target

    def schedule(self):
        switches = 0
        ready = sorted(self.order, key=lambda t: -t.priority)
        while True:
            task = None
            for t in ready:
                if t.runnable():
                    task = t
                    break
            if task is None:
                return switches
            packet = task.queue.pop(0) if task.queue else None
            if packet is not None:
                task.waiting = False
            task.run(packet)
            switches += 1


def benchmark(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    WorkerTask(s, WORKER, 1000, [Packet(None, WORKER, KIND_WORK), Packet(None, WORKER, KIND_WORK)])
    for ident, dev in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        packets = [Packet(None, ident, KIND_DEVICE) for _ in range(3)]
        HandlerTask(s, ident, 2000 + ident, packets, dev)
    DeviceTask(s, DEVICE_A, 4000, HANDLER_A)
    DeviceTask(s, DEVICE_B, 5000, HANDLER_B)
    switches = s.schedule()
    return switches, s.queue_count, s.hold_count


for count in (1000, 300000):
    print("count %d: switches %d, queued %d, held %d" % ((count,) + benchmark(count)))
