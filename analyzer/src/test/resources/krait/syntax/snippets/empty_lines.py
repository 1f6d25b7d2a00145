

# only comments
   
