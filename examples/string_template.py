import string
from string import Template

t = Template("$who likes $what, costs $$${price} (${who}'s choice)")
print(t.substitute({"who": "tim", "what": "kung pao", "price": "5"}))
print(t.substitute(who="ann", what="tea", price=3))
print(t.safe_substitute({"who": "bob"}))
print(t.safe_substitute(what="cake"))
print(t.template)
print(Template("$$ only").safe_substitute({}))
print(Template("$a$b ${a}x $a_1 $1 $").safe_substitute({"a": 1, "b": 2}))
print(Template("ÿ $naïve $na").substitute({"na": "é", "naïve": "x"}))
counts = {"n": 3.5, "m": 7.25}
print(Template("n=$n m=$m").substitute(counts))
print(string.Template("${x}y").substitute(x=True))

for text in ["bad $ here", "line one\nline $2 two", "x ${y", "${}", "ok $$"]:
    try:
        print(Template(text).substitute({"y": "Y"}))
    except ValueError as e:
        print("ValueError:", e)
try:
    Template("$missing here").substitute({"other": "x"})
except KeyError as e:
    print("KeyError:", e)
try:
    Template("${gone}").substitute(present=1)
except KeyError as e:
    print("KeyError:", e)
print(Template("$x ${y}").substitute(y=1, x="two"))
Template("end $nope").substitute({"x": "1"})
